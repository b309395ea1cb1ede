// Package par runs the iterations of a loop on several goroutines: the
// one worker pool the index's packages share.
package par

import "sync"

// Do runs fn(0) … fn(n-1) on up to workers goroutines and returns when
// all have returned; with one worker (or one iteration) it runs them in
// order on the caller's goroutine.
func Do(n, workers int, fn func(i int)) {
	if workers <= 1 || n <= 1 {
		for i := 0; i < n; i++ {
			fn(i)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < min(workers, n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// DoErr is Do for iterations that can fail: it returns the error of the
// lowest failing iteration, after every iteration has run.
func DoErr(n, workers int, fn func(i int) error) error {
	errs := make([]error, n)
	Do(n, workers, func(i int) { errs[i] = fn(i) })
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
