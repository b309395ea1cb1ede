package ingest

import "testing"

// TestCleanIssuer checks the page furniture cleanIssuer takes off an
// issuer's name (meta-114), on values found on real pages.
func TestCleanIssuer(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"镜湖区统计局阅读次数", "镜湖区统计局"},
		{"砀山县统计局浏览量", "砀山县统计局"},
		{"张家港市统计局发布时间", "张家港市统计局"},
		{"平房区政府办公室时间", "平房区政府办公室"},
		{"组配分类统计公报发布机构丽水市统计局", "丽水市统计局"},
		{"发布机构陵水黎族自治县统计局", "陵水黎族自治县统计局"},
		{"沛县人民政府常务副人民政府", "沛县人民政府"},
		{"静宁县常务副人民政府", "静宁县人民政府"},
		{"常务副人民政府", ""},
		{"萧山政府网", ""},
		{"湖南人大网", ""},
		{"莆田市人民政府网站", ""},
		{"政府官网", ""},
		{"宿州市政务公开网", ""},
		{"天津市和平区人民政府", "天津市和平区人民政府"},
		{"国家统计局重庆调查总队", "国家统计局重庆调查总队"},
		{"区府办", "区府办"},
	} {
		if got := cleanIssuer(tt.in); got != tt.want {
			t.Errorf("cleanIssuer(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, s := range []string{"我县十二五发展布局", "构建新发展格局"} {
		if !reLayoutWord.MatchString(s) {
			t.Errorf("reLayoutWord does not match %q", s)
		}
	}
	for _, s := range []string{"天津市统计局", "县财政局"} {
		if reLayoutWord.MatchString(s) {
			t.Errorf("reLayoutWord matches the office %q", s)
		}
	}
}

// TestSpeakerRunOnMeetingLine checks that the speaker run on after a
// meeting line broken over two lines names no government of the meeting's
// words (meta-117, holdout449/f08: 人民代表大会第三次会议上代市长 陈绍旺), and
// that a speaker alone on his line still does.
func TestSpeakerRunOnMeetingLine(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"政府工作报告\n——2020年5月14日在大连市第十六届\n人民代表大会第三次会议上代市长 陈绍旺\n各位代表:\n现在,我代表市政府向大会报告工作,请予审议。\n", ""},
		{"政府工作报告\n——2020年5月14日在大连市第十六届\n人民代表大会第三次会议上大连市代市长 陈绍旺\n各位代表:\n现在,我代表市政府向大会报告工作,请予审议。\n", "大连市人民政府"},
		{"政府工作报告\n——2020年5月14日在大连市第十六届人民代表大会第三次会议上\n大连市代市长 陈绍旺\n各位代表:\n现在,我代表市政府向大会报告工作,请予审议。\n", "大连市人民政府"},
	} {
		p, err := Parse("speaker.txt", []byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Document.Issuer; got != tt.want {
			t.Errorf("issuer of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}
