package ingest

import (
	"strings"
	"testing"
)

func TestChannelMenuEnd(t *testing.T) {
	toLines := func(s string) []line {
		var out []line
		for i, t := range strings.Split(s, "/") {
			out = append(out, line{no: i + 1, text: t})
		}
		return out
	}
	for _, c := range []struct {
		name, text string
		want       int
	}{
		{"a portal's menu", "时事/民生/政务/教育/文化/科技/财富/体娱/健康/情感/更多/重庆市人民政府工作报告", 11},
		{"a short menu is read", "首页/新闻/政务/公开/互动/重庆市人民政府工作报告", 0},
		{"a letter-spaced title", "政/府/工/作/报/告/各/位/代/表/现/在", 0},
		{"a report's name stops the run", "时事/民生/政务/教育/文化/科技/财富/体娱/统计公报/情感/更多", 0},
		{"punctuation is no channel", "时事/民生/政务/教育/文化/科技/财富/体娱/健康：/情感/更多", 0},
	} {
		if got := channelMenuEnd(toLines(c.text), 0); got != c.want {
			t.Errorf("%s: channelMenuEnd = %d, want %d", c.name, got, c.want)
		}
	}
}
