package par

import (
	"fmt"
	"sync/atomic"
	"testing"
)

func TestDoRunsEveryIterationOnce(t *testing.T) {
	for _, workers := range []int{1, 2, 7} {
		for _, n := range []int{0, 1, 5, 100} {
			counts := make([]atomic.Int32, n)
			Do(n, workers, func(i int) { counts[i].Add(1) })
			for i := range counts {
				if c := counts[i].Load(); c != 1 {
					t.Fatalf("workers %d n %d: iteration %d ran %d times", workers, n, i, c)
				}
			}
		}
	}
}

func TestDoErrReturnsTheLowestFailure(t *testing.T) {
	var ran atomic.Int32
	err := DoErr(20, 3, func(i int) error {
		ran.Add(1)
		if i == 7 || i == 12 {
			return fmt.Errorf("iteration %d", i)
		}
		return nil
	})
	if err == nil || err.Error() != "iteration 7" || ran.Load() != 20 {
		t.Fatalf("got %v after %d iterations", err, ran.Load())
	}
	if err := DoErr(5, 2, func(int) error { return nil }); err != nil {
		t.Fatal(err)
	}
}
