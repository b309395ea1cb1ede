package index

import (
	"container/list"
	"sync"

	"github.com/RoaringBitmap/roaring/v2"
)

// termCache keeps the verified bitmaps of recent long terms, which cost a
// substring check per candidate to compute. An engine is immutable, so
// entries never go stale; the cache only bounds memory.
type termCache struct {
	mu    sync.Mutex
	max   int
	order *list.List // front: most recent
	items map[string]*list.Element
}

type cacheEntry struct {
	key string
	bm  *roaring.Bitmap
}

func newTermCache(max int) *termCache {
	return &termCache{max: max, order: list.New(), items: map[string]*list.Element{}}
}

func (c *termCache) get(key string) (*roaring.Bitmap, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[key]; ok {
		c.order.MoveToFront(el)
		return el.Value.(*cacheEntry).bm, true
	}
	return nil, false
}

func (c *termCache) put(key string, bm *roaring.Bitmap) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[key]; ok {
		c.order.MoveToFront(el)
		return
	}
	c.items[key] = c.order.PushFront(&cacheEntry{key, bm})
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(*cacheEntry).key)
	}
}
