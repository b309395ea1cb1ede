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
// three phrases or more, one with a word no government text uses and another
// of its kind, or two made at least half of two words such phrases share (久久,
// 日韩, 在线观看, 午夜, 福利); not a site's title over a story on welfare or a fair
// (…社会福利和成人教育…_新闻视频_…, 2024中国—亚洲精品农业博览会…_视频_…), nor a
// headline's phrases on films or fruit (推出更多国产精品力作, 台湾麻豆文旦, 三级片长
// 责任体系, 我县茶叶亮相亚洲精品博览会 … 远销欧美日韩).
func isKeywordSpam(s string) bool {
	if !containsAny(s, keywordSpamHints) && !containsAny(s, adultSpamWords) {
		return false // no phrase of it can count (most titles: cleanTitle asks of every line)
	}
	parts := reSpamSeparator.Split(strings.TrimSpace(s), -1)
	if len(parts) < 3 {
		return false
	}
	dense, lewd := 0, 0
	for _, p := range parts {
		p = notLewdWords.Replace(p)
		if n := countContained(p, adultSpamWords); n > 0 {
			// The word and another of its kind in the phrase (久久精品国产色蜜蜜麻豆),
			// not a headline's phrase that has one (推出更多国产精品力作, 台湾麻豆文旦).
			rest := p
			for _, w := range adultSpamWords {
				rest = strings.ReplaceAll(rest, w, "")
			}
			if n+countContained(rest, keywordSpamHints) >= 2 {
				lewd++
			}
		}
		if countContained(p, keywordSpamHints) >= 2 && 2*hintRunes(p) >= runes(p) {
			dense++
		}
	}
	return lewd > 0 || dense >= 2
}

// hintRunes is how many characters of s the keywordSpamHints it holds
// make up: all of an injected phrase (欧美日韩在线观看), a third of a
// headline's (我县茶叶亮相亚洲精品博览会).
func hintRunes(s string) int {
	n := 0
	for _, w := range keywordSpamHints {
		n += strings.Count(s, w) * runes(w)
	}
	return n
}

// notLewdWords are words that hold a lewd one but are a government's own:
// 三级片长 (a tier of area chiefs), 三级片区 (a tier of districts).
var notLewdWords = strings.NewReplacer("三级片长", "", "三级片区", "")

// reSpamSeparator sets injected phrases apart: underscores, bars, dots,
// slashes, commas, semicolons, tildes, dashes or spaces.
var reSpamSeparator = regexp.MustCompile(`[_|｜丨·/／，,、；;~～\s—–－-]+`)

// keywordSpamHints are the words isKeywordSpam counts in a phrase.
var keywordSpamHints = []string{"久久", "日韩", "欧美", "亚洲", "国产", "精品", "在线观看", "免费观看", "午夜", "福利"}

// adultSpamWords and adultSpamHints are the words isAdultSpam counts;
// isKeywordSpam counts adultSpamWords too.
var (
	adultSpamWords = []string{"麻豆", "无码", "三级片", "18禁", "超碰", "蜜臀", "国产精品", "精品国产", "毛片", "黄片", "人妻", "熟妇"}
	adultSpamHints = []string{"久久", "日韩", "欧美", "亚洲", "视频", "在线观看", "免费观看", "精品", "成人", "福利", "午夜"}
)
