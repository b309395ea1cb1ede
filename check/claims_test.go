package check

import (
	"context"
	"testing"

	"github.com/govsearch/govsearch"
)

// claims are built from the seed reports: true ones copied from the text,
// then the same with a figure altered, the direction flipped, the figure
// written another way, another place or year, and claims the corpus does
// not hold. Each has the verdict a careful reader of the seeds would give.
var claims = []struct {
	claim   string
	verdict string
	figures []string // expected verdict per figure, in order
}{
	// True, copied from the reports.
	{"和平区一般公共预算收入36.8亿元，增长14.9%", Supported, []string{Supported, Supported}},
	{"和平区完成固定资产投资26.38亿元", Supported, nil},
	{"和平区实现社会消费品零售总额204亿元", Supported, nil},
	{"和平区新增市场主体5716个", Supported, nil},
	{"和平区累计发放创业担保贷款733.9万元", Supported, nil},
	{"和平区办复人大代表建议和政协提案1448件", Supported, nil},
	{"和平区行政许可事项压缩至141项", Supported, nil},
	{"和平区国内外500强投资企业达121家", Supported, nil},
	{"河东区一般公共预算收入26.86亿元", Supported, nil},
	{"河东区城镇登记失业率控制在3.8%以内", Supported, nil},
	{"河东区新增义务教育学位1080个", Supported, nil},
	{"南开区2020年一般公共预算收入完成33.2亿元", Supported, nil},
	{"南开区国家高新技术企业达321家", Supported, nil},
	{"南开区技术合同交易额达到58亿元，较2015年增长164%", Supported, []string{Supported, Supported}},
	{"南开区服务业增加值占比达91.8%", Supported, nil},
	{"南开区建成养老机构41家", Supported, nil},
	{"和平区金融业增加值达到404.11亿元", Supported, nil},
	{"和平区有效专利数达到1887件", Supported, nil},
	// One figure altered.
	{"和平区一般公共预算收入36.8亿元，增长19.4%", Mixed, []string{Supported, Contradicted}},
	{"和平区一般公共预算收入38.6亿元", Contradicted, nil},
	{"和平区完成固定资产投资28.36亿元", Contradicted, nil},
	{"河东区一般公共预算收入28.66亿元", Contradicted, nil},
	{"南开区国家高新技术企业达312家", Contradicted, nil},
	{"南开区建成养老机构14家", Contradicted, nil},
	{"和平区办复人大代表建议和政协提案1484件", Contradicted, nil},
	// Direction flipped.
	{"和平区一般公共预算收入下降14.9%", Contradicted, nil},
	{"南开区技术合同交易额较2015年下降164%", Contradicted, nil},
	// The same figure written another way.
	{"和平区一般公共预算收入368000万元", Supported, nil},
	{"和平区一般公共预算收入三十六点八亿元，增长百分之十四点九", Supported, []string{Supported, Supported}},
	{"和平区办复人大代表建议和政协提案一千四百四十八件", Supported, nil},
	{"南开区国家高新技术企业达三百二十一家", Supported, nil},
	{"和平区固定资产投资超过26亿元", Supported, nil},
	// Another place or year: never contradicted by other places' figures.
	{"沈阳市和平区一般公共预算收入36.8亿元", NotFound, nil},
	{"和平区2019年一般公共预算收入36.8亿元", NotFound, nil},
	{"临沂市河东区城镇登记失业率控制在3.8%以内", NotFound, nil},
	{"一般公共预算收入26.86亿元", Supported, nil}, // no place: found in 河东区
	{"一般公共预算收入99.9亿元", NotFound, nil},   // no place: other figures are no contradiction
	// Nowhere in the corpus.
	{"和平区新能源汽车产量12万辆", NotFound, nil},
	{"南开区建成足球场300座", NotFound, nil},
	{"河东区人均预期寿命达到90岁", NotFound, nil},
}

func TestClaims(t *testing.T) {
	c := seedChecker(t)
	right, falseContra := 0, 0
	for _, tc := range claims {
		res, err := c.Check(context.Background(), tc.claim, govsearch.Filters{})
		if err != nil {
			t.Errorf("%s: %v", tc.claim, err)
			continue
		}
		ok := res.Verdict == tc.verdict
		if tc.figures != nil {
			if len(res.Figures) != len(tc.figures) {
				ok = false
			} else {
				for i, f := range res.Figures {
					if f.Verdict != tc.figures[i] {
						ok = false
					}
				}
			}
		}
		if res.Verdict == Contradicted && tc.verdict != Contradicted || res.Verdict == Mixed && tc.verdict == Supported {
			falseContra++
		}
		if ok {
			right++
			continue
		}
		t.Errorf("%s: verdict %s, want %s", tc.claim, res.Verdict, tc.verdict)
		for _, f := range res.Figures {
			ev := ""
			if len(f.Evidence) > 0 {
				ev = f.Evidence[0].Figure + " in " + f.Evidence[0].ID
			}
			t.Logf("    %s [%s] → %s: %s %s", f.Text, f.Indicator, f.Verdict, f.Reason, ev)
		}
	}
	t.Logf("%d of %d claims right, %d false contradictions", right, len(claims), falseContra)
	if falseContra > 0 {
		t.Errorf("%d false contradictions: a journalist's worst error", falseContra)
	}
	if len(claims) < 40 {
		t.Errorf("the table has %d claims; keep at least 40", len(claims))
	}
}
