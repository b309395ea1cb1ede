// Spam: the keyword lines a hijacked page injects over the story it hides
// behind (久久精品国产…_日韩精品视频…), which are no headline or title.

package ingest

import (
	"regexp"
	"strings"
)

// isAdultSpam reports a line of a hijacked page's injected keywords
// (久久精品国产色蜜蜜麻豆), set over the story it hides behind: no headline.
// It takes two words no government text uses (麻豆, 精品国产, 无码), or one
// and two words such lines share with others (久久, 日韩, 视频, 在线观看):
// not 自拍家乡美, 偷拍案, 高辣精品辣椒, 经开区一区二区, 久久为功, 中日韩.
func isAdultSpam(s string) bool {
	lewd, hints := countContained(strings.ReplaceAll(s, "三级片长", ""), adultSpamWords), countContained(s, adultSpamHints)
	return lewd >= 2 || lewd == 1 && hints >= 2
}

// isKeywordSpam reports a page title made of injected keyword phrases set
// off by underscores, bars, commas or spaces (久久精品视频_日韩欧美亚洲在线观看_午夜福利免费观看):
// three phrases or more, one with a word no government text uses or two
// with two words such phrases share (久久, 日韩, 在线观看, 午夜, 福利); not a
// site's title over a story on welfare or a fair (…社会福利和成人教育…_新闻视频_…,
// 2024中国—亚洲精品农业博览会…_视频_…).
func isKeywordSpam(s string) bool {
	parts := reSpamSeparator.Split(strings.TrimSpace(s), -1)
	if len(parts) < 3 {
		return false
	}
	dense := 0
	for _, p := range parts {
		if countContained(p, adultSpamWords) > 0 {
			return true
		}
		if countContained(p, keywordSpamHints) >= 2 {
			dense++
		}
	}
	return dense >= 2
}

// reSpamSeparator sets injected phrases apart: underscores, bars, commas,
// dashes or spaces.
var reSpamSeparator = regexp.MustCompile(`[_|｜，,、\s—–-]+`)

// keywordSpamHints are the words isKeywordSpam counts in a phrase.
var keywordSpamHints = []string{"久久", "日韩", "欧美", "亚洲", "国产", "精品", "在线观看", "免费观看", "午夜", "福利"}

// adultSpamWords and adultSpamHints are the words isAdultSpam counts;
// isKeywordSpam counts adultSpamWords too.
var (
	adultSpamWords = []string{"麻豆", "无码", "三级片", "18禁", "超碰", "蜜臀", "国产精品", "精品国产", "毛片", "黄片", "人妻", "熟妇"}
	adultSpamHints = []string{"久久", "日韩", "欧美", "亚洲", "视频", "在线观看", "免费观看", "精品", "成人", "福利", "午夜"}
)
