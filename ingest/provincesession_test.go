package ingest

import "testing"

// TestProvinceSessionYear checks the years of provinces' congress sessions
// by their numbers, those that count their terms as the National People's
// Congress does and those that count their own.
func TestProvinceSessionYear(t *testing.T) {
	for _, tt := range []struct {
		province string
		n, m     int
		year     int
	}{
		{"陕西省", 14, 2, 2024},
		{"四川省", 13, 2, 2019},
		{"黑龙江省", 10, 4, 2006},
		{"四川省", 9, 1, 1998},
		{"四川省", 8, 1, 0}, // before the terms were known to be in step
		{"北京市", 16, 1, 2023},
		{"天津市", 13, 1, 1998},
		{"上海市", 15, 5, 2022},
		{"重庆市", 2, 1, 2003},
		{"重庆市", 1, 1, 0}, // 1997, out of step
		{"海南省", 7, 3, 0}, // out of step: January 2024
		{"广西壮族自治区", 14, 3, 2025},
		{"广西壮族自治区", 14, 4, 2025}, // a special session: the term a year ahead from the fourth
		{"广西壮族自治区", 14, 5, 2026}, // February 2026
		{"山东省", 13, 3, 2020},
		{"山东省", 13, 5, 2021}, // February 2021, after a special fourth in 2020
		{"山东省", 13, 6, 2022},
		{"山东省", 14, 1, 2023},
		{"山东省", 12, 6, 0},
		{"广西壮族自治区", 13, 5, 2022},
		{"广东省", 13, 1, 2018},
		{"西藏自治区", 12, 3, 2025},
		{"宁夏回族自治区", 12, 5, 2022},
		{"陕西省", 12, 6, 0}, // a sixth session follows a special one
		{"陕西省", 16, 1, 0}, // a term not yet elected
	} {
		if got := provinceSessionYear(tt.province, tt.n, tt.m); got != tt.year {
			t.Errorf("provinceSessionYear(%s, %d, %d) = %d, want %d", tt.province, tt.n, tt.m, got, tt.year)
		}
	}
}

// TestProvinceSessionIn checks that a sentence's session is the province's
// only where the sentence names the province or its organ's word.
func TestProvinceSessionIn(t *testing.T) {
	for _, tt := range []struct {
		sentence, province string
		year               int
	}{
		{"1月26日上午,陕西省第十四届人民代表大会第二次会议在西安开幕", "陕西省", 2024},
		{"1月26日上午,陕西省第十四届人民代表大会第二次会议在西安开幕", "河南省", 0},
		{"出席省十三届人大二次会议的代表", "四川省", 2019},
		{"黑龙江十届人大四次会议隆重开幕", "黑龙江省", 2006},
		{"自治区十四届人大二次会议开幕", "新疆维吾尔自治区", 2024},
		{"省十三届人大二次会议开幕", "北京市", 0},   // a municipality is no 省
		{"市十七届人大五次会议隆重开幕", "北京市", 0}, // a city's session, or the municipality's unnamed
		{"北京市第十六届人民代表大会第一次会议开幕", "北京市", 2023},
		{"省十四届人大常委会第五次会议", "陕西省", 0}, // its standing committee's
		{"县十八届人大三次会议开幕", "陕西省", 0},
	} {
		gaz, err := DefaultGazetteer()
		if err != nil {
			t.Fatal(err)
		}
		if got := gaz.provinceSessionIn(tt.sentence, tt.province); got != tt.year {
			t.Errorf("provinceSessionIn(%q, %s) = %d, want %d", tt.sentence, tt.province, got, tt.year)
		}
	}
}

// TestNPCSessionAtWork checks the year of a day's lead on the National
// People's Congress's session at work, in the months it sits, and the
// leads that tell of it otherwise.
func TestNPCSessionAtWork(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		month    int
		year     int
	}{
		{"广西代表团在驻地举行全体会议,审议十二届全国人大四次会议的各项决议、决定草案。", 3, 2016},
		{"市委理论学习中心组传达学习十三届全国人大二次会议精神。", 3, 2019},
		{"广西代表团审议十二届全国人大四次会议的各项决议草案。", 7, 0},                            // not in the weeks it sits
		{"省政府召开十三届全国人大一次会议代表建议和全国政协十三届一次会议提案办理工作总结会,总结去年办理工作。", 2, 0},   // its proposals, handled the year after
		{"省政府召开建议提案办理工作会议,总结十三届全国人大一次会议交办我省的代表建议办理情况,部署今年的办理任务。", 3, 0}, // handled the year after
		{"回顾十三届全国人大一次会议以来的工作。", 3, 0},
		{"去年十三届全国人大一次会议审议通过的宪法修正案。", 3, 0},
	} {
		if got := npcSessionAtWork(tt.sentence, tt.month); got != tt.year {
			t.Errorf("npcSessionAtWork(%q, %d) = %d, want %d", tt.sentence, tt.month, got, tt.year)
		}
	}
}
