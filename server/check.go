package server

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/check"
	"github.com/govsearch/govsearch/query"
)

// Checker checks claims; check.Checker is one.
type Checker interface {
	Check(ctx context.Context, claim string, filters govsearch.Filters) (*check.Result, error)
}

// check answers GET /api/check?claim=…, with the filters of /api/search.
func (s *Server) check(c *gin.Context) {
	if s.cfg.Checker == nil {
		s.fail(c, govsearch.Errorf(govsearch.ENotFound, "claim checking is not enabled on this server"))
		return
	}
	values, err := query.ParseRawQuery(c.Request.URL.RawQuery)
	if err != nil {
		s.fail(c, err)
		return
	}
	claim := values.Get("claim")
	filters, err := query.FiltersFromValues(values)
	if err != nil {
		s.fail(c, err)
		return
	}
	ctx, cancel := context.WithTimeout(c.Request.Context(), s.cfg.RequestTimeout)
	defer cancel()
	res, err := s.cfg.Checker.Check(ctx, claim, filters)
	if err != nil {
		if ctx.Err() != nil {
			err = govsearch.Errorf(govsearch.ETimeout, "the check took longer than allowed")
		}
		s.fail(c, err)
		return
	}
	c.Set("hits", len(res.Hits))
	c.PureJSON(http.StatusOK, res)
}
