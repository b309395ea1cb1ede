package ingest

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govsearch/govsearch/segment"
)

// line is one line of a scraped page with its place in the file.
type line struct {
	no   int // 1-based line number in the file
	text string
	// cut marks page furniture cut out of a longer line that also carries
	// report text (a breadcrumb before the report, a footer after it).
	cut bool
	// split marks a piece of a long line cut at a heading or a sentence end.
	split bool
}

// reWordMarkup is what a page pasted from Word leaves in its text once its
// other tags are gone: <?xml:namespace prefix = o ns = "urn:schemas-
// microsoft-com:office:office" />, <o:p></o:p>.
var reWordMarkup = regexp.MustCompile(`<\?xml:namespace[^<>\n]*>|</?o:p>`)

// splitLines splits text on CRLF, CR or LF (or on their escapes, in a text
// that writes its line breaks so: see escapedBreaks), trims each line, turns
// non-breaking spaces (also the literal <U+00A0> some scrapes contain) into
// spaces, and drops HTML comments, the markup Word leaves and a content
// farm's pinyin glosses.
func splitLines(text string) []line {
	text = strings.NewReplacer("\r\n", "\n", "\r", "\n", "<U+00A0>", " ", "\u00a0", " ", "&nbsp;", " ").Replace(text)
	text = reHTMLComment.ReplaceAllStringFunc(text, func(c string) string {
		// Keep the line count so that line numbers stay true.
		return strings.Repeat("\n", strings.Count(c, "\n"))
	})
	text = reWordMarkup.ReplaceAllString(text, "")
	if len(rePinyinGloss.FindAllStringIndex(text, minPinyinGlosses)) == minPinyinGlosses {
		text = rePinyinGloss.ReplaceAllString(text, "$1")
	}
	raw := strings.Split(text, "\n")
	out := make([]line, 0, len(raw))
	escaped := escapedBreaks(text)
	for i, l := range raw {
		if escaped && reEscapedBreak.MatchString(l) {
			// Each escaped break ends a line; the pieces keep the file's
			// line number.
			for _, piece := range reEscapedBreak.Split(l, -1) {
				out = append(out, line{no: i + 1, text: strings.TrimFunc(piece, isBlank)})
			}
			continue
		}
		if !reForumBlockEnd.MatchString(l) {
			out = append(out, line{no: i + 1, text: strings.TrimFunc(l, isBlank)})
			continue
		}
		// A forum post saved with its markup ([align=center][b]20[/b][b]2[/b]…
		// [/align]): each block is a line of the post, the tags are none
		// of its text.
		for _, piece := range reForumBlockEnd.Split(l, -1) {
			out = append(out, line{no: i + 1, text: strings.TrimFunc(reForumTag.ReplaceAllString(piece, ""), isBlank)})
		}
	}
	return out
}

// Forum markup (BBCode): the tags that end a block of a post, and all the
// tags of its layout.
var (
	reForumBlockEnd = regexp.MustCompile(`(?i)\[/(?:align|p|quote|td|tr|table|list|indent)\]|\[br\]`)
	reForumTag      = regexp.MustCompile(`(?i)\[/?(?:align|color|font|size|b|i|u|s|p|url|img|quote|table|tr|td|list|backcolor|indent|hr|sup|sub|left|center|right)(?:=[^\]\n]{0,80})?\]`)
)

// rePinyinGloss is the reading in pinyin a content farm puts after
// characters of a text it copies, with tone marks or without
// (天(tian)津(jin)市發(fa)(fa)改(gai)委, 無(wú)錫市統(tǒng)計(jì)局): no
// part of the text, and it breaks every name and phrase it falls in. A
// text is rid of them where it holds at least minPinyinGlosses.
var rePinyinGloss = regexp.MustCompile(`(\p{Han})(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\))+`)

const minPinyinGlosses = 8

var reHTMLComment = regexp.MustCompile(`(?s)<!--.*?-->`)

// dropZeroWidth drops the zero-width characters a page leaves in a title
// (…预算草案的报告\u200b).
func dropZeroWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
			return -1
		}
		return r
	}, s)
}

// dropPictographs drops the emoji a post decorates a title with
// (🌟沧源2024年工作报告📜): pictographs, dingbats, and the selectors and
// keycap marks that go with them.
func dropPictographs(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF || r == '\ufe0f' || r == '\u20e3' {
			return -1
		}
		return r
	}, s)
}

// escapedBreaks reports whether text writes its line breaks as escapes
// (政府工作报告 \r\n——在阜平县…会议上 \r\n…), as a report saved from a
// spreadsheet cell or a JSON string holds them: many escapes, and more of
// them than real line breaks.
func escapedBreaks(text string) bool {
	// The matches of reEscapedBreak, counted without running it over every
	// file: a \r\n is one break, not a \r and a \n.
	n := strings.Count(text, `\n`) + strings.Count(text, `\r`) - strings.Count(text, `\r\n`)
	return n >= 3 && n > 2*strings.Count(text, "\n")
}

// reEscapedBreak is a line break written as its escape: \r\n, \n or \r.
var reEscapedBreak = regexp.MustCompile(`\\r\\n|\\n|\\r`)

// foldSpaces turns every kind of space (U+2002, U+3000, …) into an ASCII
// space, so that patterns written with \s see them; the text kept for
// paragraphs is left as it was.
func foldSpaces(s string) string {
	return strings.Map(func(r rune) rune {
		// The braille blank (U+2800) spaces a date on some pages
		// (⠀⠀2020年5月20日⠀⠀).
		if r != ' ' && isSpaceOrZs(r) || r == '\u2800' {
			return ' '
		}
		return r
	}, s)
}

// isSpaceOrZs is unicode.IsSpace(r) || unicode.Is(unicode.Zs, r), with no
// table lookups for the runes above U+3000 (the bulk of Chinese text),
// none of which is either.
func isSpaceOrZs(r rune) bool {
	return r <= '\u3000' && (unicode.IsSpace(r) || unicode.Is(unicode.Zs, r))
}

// isBlank reports a character that only spaces a line: white space, a
// zero-width space, a byte-order mark, a list bullet (•, ·) or a separator
// bar (丨).
func isBlank(r rune) bool {
	if r > '\u3000' {
		return r == '\ufeff' || r == '丨'
	}
	return unicode.IsSpace(r) || r == '\u3000' || r == '\u200b' || r == '•' || r == '·'
}

// Furniture: rules for what web pages put around a document. They name
// kinds of furniture (navigation, footers, forum panels, share buttons,
// disclaimers, comment boxes) rather than the seeds' exact lines.
var (
	// A line containing one of these is furniture wherever it stands: none
	// of them occurs in the text of a report.
	furnitureMarks = []string{
		"网站无障碍", "无障碍浏览", "适老模式", "关怀版", "设为首页", "CNML格式", "收藏本站", "复制链接", "TA的每日心情", "签到天数",
		"显示全部楼层", "阅读模式", "只看该作者", "您需要登录后才可以回帖", "立即注册", "本版积分规则",
		"Powered by", "快速回复", "返回顶部", "回到顶部", "返回列表", "法律声明", "网站地图", "版权所有", "ICP备",
		"公网安备", "网站标识码", "互联网新闻信息许可证", "本文仅代表作者观点", "本站不保证该用户上传的文档完整性", "本文地址", "留言与评论", "隐私声明", "使用帮助",
		"打印本页", "关闭窗口", "【字号", "您访问的链接即将离开",
		// A document-sharing site's terms over the document (原创力文档(book118)
		// 网站文档一经付费…, 该文档为VIP文档, 成为VIP后,…).
		"网站文档一经付费", "本站所有内容均由合作方或网友上传", "如文档侵犯商业秘密", "该文档为VIP文档", "成为VIP后", "VIP文档为合作方或网友上传",
	}
	furnitureMarkSet = newMarkSet(furnitureMarks)
	// A line that is exactly one of these is furniture.
	furnitureLines = map[string]bool{
		"微博": true, "微信": true, "客服中心": true, "关闭": true, "在线时间:": true, "在线时间：": true,
		"联系电话:": true, "联系电话：": true, "周一~周五": true, "下载": true, "打印": true, "全屏": true,
		"收藏": true, "加大": true, "还原": true, "减小": true, "分享": true, "在线咨询": true,
		"登录": true, "注册": true, "首页": true, "English": true, "无障碍": true, "字号": true,
		"积分": true, "主题": true, "帖子": true, "版主": true,
		// A page's note where its Flash player was: 不支持Flash.
		"不支持Flash": true,
		// A newspaper's digital edition: the page's list of headlines.
		"本版标题导航": true, "本版標題導航": true,
		// A document-sharing site's panel: VIP专免 / 999+ / 42.88KB / 39 页 / 海报 / 侵权投诉.
		"VIP专免": true, "海报": true, "侵权投诉": true, "查看更多": true,
		// A document shop's header: 购物车 / 我的足迹.
		"购物车": true, "我的足迹": true,
		// A public-information portal's column tree, its expanders between
		// the columns: 法定主动公开内容 / + / 政府信息公开年报 / +.
		"+": true, "法定主动公开内容": true, "政府信息公开年报": true, "政府信息公开指南": true, "政府信息公开制度": true, "依申请公开": true,
		// A journal-abstract site's label over the excerpt it shows.
		"论文部分内容阅读": true,
		// A share button's label: 微信扫一扫分享.
		"微信扫一扫分享": true, "微信扫一扫": true,
		// A dialog before a link that leaves the site: 您访问的链接即将离开… / 是否继续?
		"是否继续?": true, "是否继续？": true,
	}
	furniturePatterns = []*regexp.Regexp{
		// A share button's line: 转播到腾讯微博, 转播到腾讯微博 分享到新浪微博,
		// 【转播到腾讯微博】, a row of buttons (收藏本页 转播到腾讯微博 打印).
		regexp.MustCompile(`^[【\[]?转播到腾讯微博|^(?:\S{1,6}\s+)+转播到腾讯微博(?:\s+\S{1,6})*$`),
		regexp.MustCompile(`^查看\s*[:：]\s*\d+\s*\|\s*回复`),
		regexp.MustCompile(`^\[LV\.\d+\]`),
		regexp.MustCompile(`^Rank:`),
		regexp.MustCompile(`^发表于\s*\d{4}-`),
		regexp.MustCompile(`^\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2}$`),
		regexp.MustCompile(`^\d{3,4}-\d{7,8}$`), // a bare telephone number
		// A post's length and reading time: 本篇文章2875字,读完约7分钟.
		regexp.MustCompile(`^(?:本(?:篇)?文(?:章)?|全文)(?:共)?\d+字[,，]\s*(?:预计)?(?:阅读|读完)[^\d，,。]{0,6}\d+分钟$`),
		// A document site's download buttons: 加入Vip免费下载 立即下载.
		regexp.MustCompile(`(?i)^(?:(?:加入|开通|成为)\s*VIP\s*(?:免费下载|下载)|VIP\s*免费下载|立即下载|免费下载|下载文档|下载此文档)(?:\s+(?:(?:加入|开通|成为)\s*VIP\s*(?:免费下载|下载)|VIP\s*免费下载|立即下载|免费下载|下载文档|下载此文档))*$`),
		// A shared document's size, page count and views: 42.88KB, 39 页, 999+
		// (in a list, as - 37.5 KB |, - 18页).
		regexp.MustCompile(`^(?:[-–•]\s*)?(?:\d+(?:\.\d+)?\s?[KM]B|\d{1,4}\s?页|\d{2,5}\+)(?:\s*[|｜])?$`),
		// A site's banner of its versions and services, alone on its
		// line (网站支持IPV6 无障碍阅读 适老化模式); a report may tell of an
		// accessible reading room or a site made ready for IPv6.
		regexp.MustCompile(`(?i)^(?:` + siteBannerItem + `)(?:\s*[|｜丨/]?\s*(?:` + siteBannerItem + `))*$`),
		// A site's greeting: 欢迎访问枣庄市市中区人民政府网站! 今天是:, 欢迎进入中国昌吉网!,
		// 欢迎您,进入宜宾中小企业公共服务网络平台!今天是: (a platform with the date
		// widget after it: 欢迎进入宁国市“十四五”规划问计于民平台 is a headline)
		// (its government then places the page like its footer, see siteOrgan).
		regexp.MustCompile(`^欢迎(?:您)?[，,]?\s*(?:访问|来到|进入|光临)[^，。,；;]{2,30}?(?:(?:网站|网|门户)\s*[!！。]?(?:\s|今天是|$)|平台\s*(?:[!！]\s*)?今天是)`),
		regexp.MustCompile(`^(?:主办单位|承办单位|协办单位|技术支持|验证码|今天是|分享到|扫一扫|上一篇|下一篇|责任编辑|浏览次数|点击数|相关链接|当前位置|您现在的位置|您的位置|所在位置)`),
		regexp.MustCompile(`举报(?:电话|邮箱)\s*[:：]`),
		// A pop-up's button alone on its line (我知道了), a content
		// frame's label alone on its (信息正文).
		regexp.MustCompile(`^(?:我知道了|知道了|我已知晓|信息正文|文章正文|正文内容)$`),
		// A read-aloud button alone on its line (朗读, 语音播报).
		regexp.MustCompile(`^(?:朗读|语音朗读|点击朗读|全文朗读|开始朗读|语音播报|点击播报)$`),
		// A share widget's prompt alone (微信扫一扫,随时随地看), not a
		// headline that opens on the words (手机扫一扫 政府工作报告“听”得见).
		regexp.MustCompile(`^(?:微信|手机)扫一扫(?:\s*[,，:：]?\s*(?:随时随地看|手机看|分享(?:到朋友圈|给好友|到微信|给朋友)?|打开当前页面?|打开网页|在手机上(?:阅读|浏览|查看)|用手机(?:看|阅读|浏览)))?$`),
		// A newspaper's digital edition: its list of pages (A01版:重点,
		// B08版:济南两会, WR01版:荣成资讯) and the page shown (当前版:A04版).
		regexp.MustCompile(`^[A-Z]{1,2}\d{2}版\s*[:：]\s*\S{1,12}$|^当前版\s*[:：]\s*[A-Z]{0,2}\d{1,2}版$`),
		// A site's menu that opens with its home page: 首页 政务公开.
		regexp.MustCompile(`^(?:网站)?首页(?:\s+\p{Han}{2,6}){1,12}$`),
		regexp.MustCompile(`^[【\[](?:字体|字号)`), // font-size buttons cut at a line break
		// A site's offer to be added to the desktop: 电脑桌面 / 添加公寻网到电脑桌面 /
		// 安装后可以在桌面快捷访问.
		regexp.MustCompile(`^(?:电脑桌面|添加\S{0,12}到(?:电脑)?桌面|安装后可以在桌面快捷访问)$`),
		// A site's promotion of its WeChat account: 荆门阅读量最高的微信.
		regexp.MustCompile(`^\p{Han}{0,8}(?:阅读量最高的?|关注|扫码|官方)\p{Han}{0,4}(?:微信公众号|微信|公众号)$`),
		// A screen reader's hint: 正文内容区域请使用tab按钮切换浏览, 跳过导航,
		// 跳转到正文内容, 按Enter到主內容區.
		regexp.MustCompile(`(?i)^\S{0,10}(?:使用|按)\s*tab\s*(?:按钮|键)\S{0,12}$|^(?:跳过导航|跳转到(?:主要内容|正文内容|路径导航栏|主导航|导航栏))$|(?i)^按\s*enter\s*(?:键|鍵)?\s*(?:到|至)主(?:内|內)容(?:区|區)$`),
		// A page's header line: site, domain, date, source
		// (中央政府门户网站 www.gov.cn 2006年02月23日 来源：人民网).
		regexp.MustCompile(`^\S{2,20}\s+www\.[\w.-]+\s+\d{4}年\d{1,2}月\d{1,2}日.{0,20}来源\s*[:：]\s*\S{0,20}$`),
		// Lines of only punctuation and symbols (a lone backquote); dashes
		// stay, since a table writes "——" for no data.
		regexp.MustCompile(`^[^\p{L}\p{N}—―\-]+$`),
	}
	// A forum thread's title carries a board tag: [天津] 2021年…报告.
	reBoardTag = regexp.MustCompile(`^[\[【]\p{Han}{1,4}[\]】]\s*\S`)
	// Metadata lines of a page's header: used for metadata, not text.
	metadataPatterns = []*regexp.Regexp{
		regexp.MustCompile(`^[【\[]?\s*(?:信息名称|发布日期|发布时间|发稿时间|编稿时间|编稿日期|更新时间|刊发日期|发布者|发布人|发表时间|发表日期|发表于\s*[:：]|上传人|上传者|上传时间|上传日期|收录时间|公开日期|原?标\s*题\s*[:：]|发布机构|(?:公开)?责任部门|来源|索\s*引\s*号|发文字号|成文日期|发文日期|有\s*效\s*性|主\s*题\s*[:：]|主题分类|体裁分类|名\s*称\s*[:：|｜]|文件名称|文件编号\s*[:：]|信息来源|作者|责任编辑|编\s*辑\s*[:：]|文\s*号|公开目录|内容概述|信息索引号|信息索取号|公开方式|公开时限|公开范围|公开类别|公开类型|生成日期|产生日期|组配分类|内容分类|所在地区\s*[:：]|内容摘要\s*[:：])`),
		regexp.MustCompile(`来源\s*[:：].{0,30}时间\s*[:：]`),
		// A story's byline, then its release time and source (赵朗 易雪萍
		// 发布时间:2019-01-11 08:22:00来源: 中国新闻网).
		regexp.MustCompile(`^(?:\p{Han}{2,4}\s+){1,4}(?:发布|发表|发稿)(?:时间|日期)\s*[:：]\s*\d{4}`),
		// A repost's credit to the paper it took the story from: 转自:嘉兴日报.
		regexp.MustCompile(`^(?:转自|转载自|转引自)\s*[:：]\s*\S{2,20}\s*$`),
		// A shared document's upload date in its panel: - 2021-04-20 发布 |.
		reUploadedOn,
		regexp.MustCompile(`^(?:日\s*期|时\s*间)\s*[:：]\s*\d{4}`),
		regexp.MustCompile(siteDateLine),
		regexp.MustCompile(dateTimeSource),
		regexp.MustCompile(bareDateTime),
		// A page's date and time opening its line, whatever follows
		// (2015-01-26 14:51:07 | 来源：中国新闻网, 27.01.2015  13:31,
		// 2025/3/10 16:02:59  海南省发展和改革委员会  人气：663); after 日
		// the time may follow without a space (2022年01月20日18:53 | 来源：…).
		regexp.MustCompile(`^(?:(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4})\s+|\d{4}年\d{1,2}月\d{1,2}日\s*)\d{1,2}:\d{2}(?::\d{2})?(?:\s|$)`),
		// A page's address, then its date and time and its source.
		regexp.MustCompile(`^\s*(?:https?://|www\.)\S+\s+\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}.{0,10}来源\s*[:：]`),
		// A site's name and address, then the day and time (湖南省政府门户网站
		// www.hunan.gov.cn 2014-01-23 10:22:00).
		regexp.MustCompile(`^\p{Han}{2,24}\s+www\.[\w.-]+\s+\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$`),
		// A site's name and address, then the labelled date (河南省人民政府门户网站
		// www.henan.gov.cn 时间:2011-03-09 10:27 来源:省财政厅).
		regexp.MustCompile(`^\p{Han}{2,24}\s+(?:www\.)?[\w-]+(?:\.[\w-]+)+\s+(?:发布)?(?:时间|日期)\s*[:：]\s*\d{4}[-/.年]`),
	}
	// Forum user panels run from the copy-link button to the post's time.
	// (Literals, looked for as strings: a regexp of alternatives tries
	// them at every byte of every line.)
	panelStart = newMarkSet([]string{"复制链接", "TA的每日心情"})
	panelEnd   = "发表于" // at the start of its line
	// A footer begins at one of these, near the end of the page, and
	// everything after it is furniture (comment boxes, site maps).
	footerStart = []string{"本文仅代表作者观点", "您需要登录后才可以回帖", "法律声明", "网站地图", "主办单位", "留言与评论", "ICP备", "相关链接", "责任编辑"}
)

// reListDash is the dash of a list item a page writes its header fields
// as (- 发文日期:2021-07-02), or a document site's category tag before its upload
// time ([可行性研究报告 - 规划计划] 发表于:2021-10-09 12:48:38): what is left
// of a line without it is "$1".
var reListDash = regexp.MustCompile(`^\s*[-–]\s+|^\s*\[[^\[\]]{1,30}\]\s*(发表于)`)

// reBracketField is a header field written as a bracketed label
// ([ 发布机构 ] 丰都县财政局, 【成文日期】2022-09-28, [标题] | 重庆市…的通知).
var reBracketField = regexp.MustCompile(`[\[【]\s*(索\s*引\s*号|标\s*题|发文字号|主题分类|体裁分类|发布机构|成文日期|发布日期|发布时间|有\s*效\s*性|文\s*号|来\s*源|信息来源)\s*[\]】]\s*`)

// unbracketFields writes bracketed header labels as the usual 发布机构：….
func unbracketFields(s string) string {
	if !strings.ContainsAny(s, "[【") {
		return s // no bracket: nothing to replace, and no regexp run
	}
	return reBracketField.ReplaceAllString(s, "$1：")
}

// siteBannerItem is an item of a site's banner of its versions and
// services: 网站支持IPV6, 无障碍阅读, 适老化模式, 长者版, 繁体版, English.
const siteBannerItem = `(?:本?网站)?支持\s*(?:IPV6|ＩＰＶ６)|无障碍(?:阅读|浏览|模式)?|适老化?(?:模式|版)|关怀版|长者版|长辈版|老年版|繁體|繁体版?|简体版?|English|手机版|移动版`

// isFurniture reports whether a single line is page furniture by itself.
func isFurniture(s string) bool {
	s = foldSpaces(s)
	if furnitureLines[s] {
		return true
	}
	if furnitureMarkSet.in(s) {
		return true
	}
	for _, re := range furniturePatterns {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// isMetadataLine reports a line of a page's header fields (发布日期：,
// 来源：, 发文字号：, a date and time with its source).
func isMetadataLine(s string) bool {
	// A field in a table's cells (| 名称 | …统计公报 |) is one too.
	s = strings.TrimLeft(reListDash.ReplaceAllString(unbracketFields(foldSpaces(s)), "$1"), "|｜ ")
	for _, re := range metadataPatterns {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// titleWords mark a line that can be a document's title.
var titleWords = []string{"报告", "纲要", "规划", "通知", "公报", "决议", "意见", "决定", "办法", "计划", "规则"}

// rePhotoCaptionCredit is a photographer's credit closing a photo's caption
// (…主持大会 刘良伟 摄 宜昌市委副书记、市长马旭明作政府工作报告 刘良伟 摄): a
// line that holds one is captions, not a title; the credit may come after
// 摄影 (…作大安区政府工作报告 摄影 廖志全), or in brackets after a slash
// (区长吴胜武作《政府工作报告》(胡建华/摄)).
var rePhotoCaptionCredit = regexp.MustCompile(`\p{Han}\s+(?:\p{Han}{2,4}\s+[摄攝](?:\s|$)|[摄攝]影\s*[:：]?\s*\p{Han}{2,4}(?:\s|$))|[\p{Han}》”][(（]\s*(?:记者|通讯员)?\s*\p{Han}{2,4}(?:\s*[、,，\s]\s*\p{Han}{2,4})*\s*/\s*[摄攝]\s*[)）]`)

// reDeckBullet opens an item of a story's deck under its headline:
// ■德州市第十七届人民代表大会第二次会议开幕 / ■政府工作报告对2012年工作作了回顾.
var reDeckBullet = regexp.MustCompile(`^\s*[■●◆▲]`)

// isTitleLike reports a line that can be a document's title: short, no
// sentence, naming a report, plan or notice.
func isTitleLike(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 4 && n <= 100 && !strings.ContainsAny(s, "。；;") && containsAny(s, titleWords)
}

// isDisclosureName reports the name of a published budget or final
// account over its contents (2022年云溪区人民政府决算公开): the document begins
// there, not at its first part (第一部分 决算报告), so that the name is text.
func isDisclosureName(s string) bool {
	s = strings.TrimSpace(s)
	n := utf8.RuneCountInString(s)
	return n >= 6 && n <= 60 && reYearInTitle.MatchString(s) && containsSuffix(s, []string{"决算公开", "预算公开"})
}

// isTableRow reports a row of a table converted to text: three or more
// cells apart by runs of spaces, tabs or bars, one of them a figure or a
// code (双阳区   75.79   25.83   49.96; 宽城区护眼行动计划      P20220103-0053
// 义务教育; 地方一般公共预算收入 | 5% | 137 | 0.8% |): it names a place's
// figures or a project, not the document.
func isTableRow(s string) bool {
	if !strings.Contains(s, "   ") && !strings.ContainsAny(s, "\t\u3000|｜") {
		return false // no cell gap: the common line, at once
	}
	// The bars that close a row at its ends (| 浏览次数 | 1024 |) part no
	// cells: a field table's label and value are two cells, no row.
	cells := reCellGap.Split(strings.Trim(s, " \t\u3000|｜"), -1)
	if len(cells) < 3 {
		return false
	}
	wide := 0
	for _, c := range cells {
		if runes(c) >= 2 {
			wide++
		}
	}
	if wide < 2 {
		return false // a title letter-spaced with wide gaps: 政   府   工   作
	}
	for k, c := range cells {
		if k+1 < len(cells) && strings.ContainsAny(firstRune(cells[k+1]), "年月日号") {
			continue // a date spaced out in a PDF's text (2026   年   1   月) is no figure of a table
		}
		if k > 0 && reCountLabel.MatchString(cells[k-1]) {
			continue // a count of views under its label (| 浏览次数 | 1024 |) is a field's value
		}
		if reCodeOrFigure.MatchString(c) || reProjectCode.MatchString(c) {
			return true
		}
	}
	return false
}

// notTitleInTable reports a line among tables that is no title: a row, or a
// cell wrapped from one that does not name a report in full. near says the
// line is a row or stands next to one (see inTables).
func notTitleInTable(near bool, s string) bool {
	return near && (isTableRow(s) || !isFullTitle(cleanTitle(s)))
}

// inTables marks the lines that are table rows or stand next to one (a
// cell wrapped onto a line of its own: 宜章县妇幼保健计划生育业务中心配套).
func inTables(texts []string) []bool {
	row := make([]bool, len(texts))
	for i, s := range texts {
		row[i] = isTableRow(s)
	}
	near := make([]bool, len(texts))
	for i := range texts {
		near[i] = row[i] || i > 0 && row[i-1] || i+1 < len(texts) && row[i+1]
	}
	return near
}

var (
	reCellGap      = regexp.MustCompile(`[ \x{3000}]*\t[ \t\x{3000}]*|[ \x{3000}]{3,}|[ \x{3000}]*[|｜][ \x{3000}]*`)
	reCodeOrFigure = regexp.MustCompile(`^[-+]?\d[\d,.%]*$`)
	reProjectCode  = regexp.MustCompile(`[A-Z]\d{6,}`)
	reCountLabel   = regexp.MustCompile(`^(?:浏览|点击|阅读|访问)(?:次数|数|量)?\s*[:：]?$`)
)

// page is a scraped page split into the document's own lines and the
// furniture around them.
type page struct {
	head      []line // before the document: navigation, page title, info table
	body      []line // the document's own non-empty lines
	furniture []line // every line that is not part of the document
	pageTitle string // the page's title line, if it names the document
	// copies is how many times the file holds the report (1 when once);
	// copyChars is the number of characters dropped as repeated copies.
	copies, copyChars int
}

// splitPage finds where the document begins and ends inside the page and
// separates the furniture. A file that holds the same page several times
// (a scraper saving it again and again) keeps its first copy. titleHint is
// the title the page's markup gives (its <title> or a labelled <meta>), or "".
//
// A page in traditional script (a forum's or a converter's copy: 簽到天數,
// 2019年營口市西市區政府工作報告) is read in simplified script, since its
// furniture and its title are the same words, and its lines are kept as the
// page writes them.
func splitPage(lines []line, titleHint string) page {
	simple, changed := simplifiedLines(lines)
	if !changed {
		return splitPageAsWritten(lines, titleHint)
	}
	p := splitPageAsWritten(simple, segment.Simplify(titleHint))
	// Each line as written and as simplified, by its number.
	written := make(map[int][2]string, len(lines))
	for i, l := range lines {
		written[l.no] = [2]string{l.text, simple[i].text}
	}
	for _, part := range [][]line{p.head, p.body, p.furniture} {
		for i, l := range part {
			w := written[l.no]
			part[i].text = asWritten(l, w[0], w[1])
		}
	}
	if p.pageTitle != "" {
		for _, l := range lines {
			if segment.Simplify(l.text) == p.pageTitle {
				p.pageTitle = l.text
				break
			}
		}
	}
	return p
}

// simplifiedLines returns the lines in simplified script, and whether any
// line holds a traditional character.
func simplifiedLines(lines []line) ([]line, bool) {
	var simple []line
	for i, l := range lines {
		s := segment.Simplify(l.text)
		if s == l.text && simple == nil {
			continue
		}
		if simple == nil {
			simple = slices.Clone(lines)
		}
		simple[i].text = s
	}
	return simple, simple != nil
}

// asWritten returns the text of l, a line or a piece of one read in
// simplified script, as the page writes it: the same characters of the line
// numbered l.no, whose text is written and simple once simplified
// (simplifying keeps each character's place). A piece whose spaces were
// changed is left simplified.
func asWritten(l line, written, simple string) string {
	if simple == l.text {
		return written
	}
	at := strings.Index(simple, l.text)
	if at < 0 {
		return l.text
	}
	from := utf8.RuneCountInString(simple[:at])
	r := []rune(written)
	if n := utf8.RuneCountInString(l.text); from+n <= len(r) {
		if s := string(r[from : from+n]); segment.Simplify(s) == l.text {
			return s
		}
	}
	return l.text
}

// splitPageAsWritten is splitPage on lines in one script.
func splitPageAsWritten(lines []line, titleHint string) page {
	lines = cutSpans(cutWatermarks(lines))
	var p page
	keep := keptLines(lines)
	repeated, copyChars, keptChars := findCopies(lines, keep)
	p.copies, p.copyChars = 1, copyChars
	if copyChars > 0 {
		p.copies = max(2, 1+int(float64(copyChars)/float64(max(keptChars, 1))+0.5))
	}
	end := footerStartLine(lines, repeated)
	start, pageTitle := documentStart(lines, keep, repeated, end)
	if at := hintedTitleLine(lines, keep, repeated, end, titleHint); at > start {
		start, pageTitle = at, ""
	} else if at := restatedFirstLine(lines, keep, repeated, end); at > start {
		start, pageTitle = at, ""
	}
	p.pageTitle = pageTitle
	for i, l := range lines {
		switch {
		case l.text == "" || repeated[i]:
		case keep[i] && i >= start && i < end:
			p.body = append(p.body, l)
		default:
			if i < start && keep[i] {
				p.head = append(p.head, l)
			}
			p.furniture = append(p.furniture, l)
		}
	}
	return p
}

// cutWatermarks cuts a site's watermark off the ends of the lines it was
// run onto: a line holding an address (文章源自英文巴士-https://www.en84.com/
// 13093.html) that stands alone at least minWatermarkCopies times and ends at
// least as many other lines. The lone copies become empty lines.
func cutWatermarks(lines []line) []line {
	alone := map[string]int{}
	for _, l := range lines {
		if !strings.Contains(l.text, "http") && !strings.Contains(l.text, "www.") {
			continue
		}
		if n := runes(l.text); n >= 8 && n <= 80 {
			alone[l.text]++
		}
	}
	var marks []string
	for w, n := range alone {
		if n < minWatermarkCopies {
			continue
		}
		ends := 0
		for _, l := range lines {
			if l.text != w && strings.HasSuffix(l.text, w) {
				ends++
			}
		}
		if ends >= minWatermarkCopies {
			marks = append(marks, w)
		}
	}
	marks = append(marks, runOnTails(lines)...)
	if len(marks) == 0 {
		return lines
	}
	sort.Strings(marks)
	out := make([]line, len(lines))
	for i, l := range lines {
		for _, w := range marks {
			l.text = strings.TrimFunc(strings.TrimSuffix(l.text, w), isBlank)
		}
		out[i] = l
	}
	return out
}

// runOnTails returns the tags a site runs onto the end of its lines
// without ever setting them alone (政府工作报告N6h县情资料网---有深度、有态度、
// 接地气的县域县情站点): the longest end that at least minTailLines
// different lines share, of at least minTailRunes characters and no
// sentence's end.
func runOnTails(lines []line) []string {
	byTail := map[string][]string{}
	seen := map[string]bool{}
	for _, l := range lines {
		if _, long := lastRunes(l.text, minTailRunes+1); !long || seen[l.text] {
			continue
		}
		seen[l.text] = true
		tail := lastRunesUpTo(l.text, minTailRunes)
		byTail[tail] = append(byTail[tail], l.text)
	}
	var tails []string
	for tail, texts := range byTail {
		if len(texts) < minTailLines || strings.ContainsAny(tail, "。；;") {
			continue
		}
		common := texts[0]
		for _, t := range texts[1:] {
			common = commonSuffix(common, t)
		}
		if runes(common) >= minTailRunes && !slices.Contains(texts, common) {
			tails = append(tails, common)
		}
	}
	return tails
}

// commonSuffix returns the longest end a and b share, in whole runes.
func commonSuffix(a, b string) string {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[len(ra)-1-n] == rb[len(rb)-1-n] {
		n++
	}
	return string(ra[len(ra)-n:])
}

// A tag run onto line ends is at least minTailRunes characters long and
// ends at least minTailLines different lines.
const (
	minTailRunes = 16
	minTailLines = 4
)

// minWatermarkCopies is how often a watermark stands alone and ends other
// lines before it is cut off them.
const minWatermarkCopies = 3

// keptLines marks the lines that are not furniture by themselves: forum
// panels and single furniture lines are dropped everywhere.
func keptLines(lines []line) []bool {
	keep := make([]bool, len(lines))
	listed := linkListEntries(lines)
	inPanel := false
	for i, l := range lines {
		switch {
		case l.text == "":
		case l.cut, listed[i]:
		case inPanel && (isTitleLike(l.text) || isReportText(l.text)) && !isFurniture(l.text):
			// A panel whose post-time line is missing (a copy saved without
			// it) ends where the post itself begins: its title or its text.
			inPanel = false
			keep[i] = true
		case inPanel:
			if strings.HasPrefix(l.text, panelEnd) {
				inPanel = false
			}
		case panelStart.in(l.text):
			inPanel = true
		case isFurniture(l.text) && !isLongReportLine(l.text):
			// A long line of report text is never dropped whole: cutSpans
			// cut the furniture at its start and end off it.
		default:
			keep[i] = true
		}
	}
	return keep
}

// reLinkListEntry is an entry of a sidebar's list of links: a title, cut
// short or not, then the month and day it was posted (在全县乡站村室户点标准化…
// 9-7, 政府工作报告 5-4); reColumnMore is the list's header (领导讲话 more).
var (
	reLinkListEntry = regexp.MustCompile(`^\S.{1,40}?\s+(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])$`)
	reColumnMore    = regexp.MustCompile(`^\p{Han}{2,10}\s*(?:more|MORE|更多)\s*[>»]*$`)
)

// linkListEntries marks the lines of a sidebar's list of links: a run of two
// or more entries (non-empty lines apart only by empty ones) that a column's
// header (领导讲话 more) stands over or whose titles the list cut short (…);
// a report's own list of tables (一般公共预算收入决算表 1-1 / …支出决算表 1-2) is
// neither.
func linkListEntries(lines []line) []bool {
	entry := make([]bool, len(lines))
	for i, l := range lines {
		entry[i] = isLinkListEntry(l.text)
	}
	listed := make([]bool, len(lines))
	for i := 0; i < len(lines); {
		if !entry[i] {
			i++
			continue
		}
		// The run of entries from i, and the line over it.
		run, cut, end := []int{}, false, i
		for j := i; j < len(lines) && (entry[j] || lines[j].text == ""); j++ {
			if entry[j] {
				run, end = append(run, j), j+1
				cut = cut || strings.Contains(lines[j].text, "…")
			}
		}
		over := i - 1
		for over >= 0 && lines[over].text == "" {
			over--
		}
		header := over >= 0 && reColumnMore.MatchString(strings.TrimSpace(lines[over].text))
		if len(run) >= 2 && (cut || header) {
			for _, j := range run {
				listed[j] = true
			}
			if header {
				listed[over] = true
			}
		}
		i = end
	}
	return listed
}

// isLinkListEntry reports a line that can be an entry of a list of links:
// short, ending in a month and day (…标准化… 9-7).
func isLinkListEntry(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || s[len(s)-1] < '0' || s[len(s)-1] > '9' || len(s) > 3*maxLinkEntryRunes {
		return false // the common line, at once
	}
	return reLinkListEntry.MatchString(s)
}

// maxLinkEntryRunes is the longest line read as a list's entry.
const maxLinkEntryRunes = 50

// footerStartLine returns the line where the page's footer begins: the
// first footer mark in the last part of the page (repeated copies aside),
// or len(lines) when there is none. A long line of report text is no
// footer, whatever mark it holds: cutSpans cut a footer at its end off into
// a line of its own, and a mark near its start is a header's (a page on one
// line: …(全文)  发布时间:…  责任编辑:www  2020年6月29日在…会议上  各位代表:…),
// as is a mark on a line of its own before such a line.
func footerStartLine(lines []line, repeated []bool) int {
	var rest []int
	for i, l := range lines {
		if l.text != "" && !repeated[i] {
			rest = append(rest, i)
		}
	}
	tail := rest[len(rest)*6/10:]
	for k := len(tail) - 1; k >= 0; k-- {
		if isLongReportLine(lines[tail[k]].text) {
			tail = tail[k+1:] // the footer follows the last line of report text
			break
		}
	}
	for _, i := range tail {
		if containsAny(lines[i].text, footerStart) {
			return i
		}
	}
	return len(lines)
}

// isLongReportLine reports a line long enough to hold report text with
// furniture (minSpanLine) that holds several sentences of it.
func isLongReportLine(s string) bool {
	return runes(s) >= minSpanLine && strings.Count(s, "。") >= minSpanSentences
}

// documentStart returns the line where the document begins, before end:
// the first title-like line; if the page repeats it (a page title, then
// the document's own title), the repetition, and the page title. The
// search stops at the first line of report text: a heading further down
// that names a plan is no title, and what stands before it is no
// furniture. Without a title the document begins at the first kept line.
func documentStart(lines []line, keep, repeated []bool, end int) (int, string) {
	var kept []int
	for i := 0; i < end; i++ {
		if keep[i] && !repeated[i] {
			kept = append(kept, i)
		}
	}
	limit := len(kept) * 4 / 10
	// The lines before the text's first sentence, and the first of them
	// that names a report in full, with its year.
	var texts []string
	fullAt := -1
	for k, i := range kept[:min(len(kept), maxHeadLines)] {
		if isReportText(lines[i].text) {
			break
		}
		s := lines[i].text
		texts = append(texts, s)
		// A full title, or one with its meeting run on that cleanTitle cuts:
		// 关于…的报告（2026年1月21日在…会议上）.
		if fullAt < 0 && (isFullTitle(s) || reYearInTitle.MatchString(s) && containsAny(s, reportWords) && isFullTitle(cleanTitle(s))) {
			fullAt = k
		}
	}
	reach := max(limit, 12, fullAt) // the last kept line the search below reads
	// Tables among the lines the search reaches, and one past them.
	keptTexts := make([]string, min(len(kept), reach+2))
	for k := range keptTexts {
		keptTexts[k] = lines[kept[k]].text
	}
	tabled := inTables(keptTexts)
	for k := 0; k < len(kept) && k <= reach; k++ {
		s := lines[kept[k]].text
		if isReportText(s) {
			break
		}
		if notTitleInTable(tabled[k], s) {
			continue // a table's row or a cell wrapped from one (…计划生育服务中心) is no title
		}
		if rePhotoCaptionCredit.MatchString(s) {
			continue // photos' captions (…市长马旭明作政府工作报告 刘良伟 摄) under the headline
		}
		if reDeckBullet.MatchString(s) {
			continue // a story's deck (■政府工作报告对2012年工作作了回顾) under its headline
		}
		if isMetadataLine(s) || reBoardTag.MatchString(s) || !isTitleLike(s) && !isDisclosureName(s) || reCrumbOpens.MatchString(strings.TrimSpace(s)) {
			continue // a breadcrumb (首页 / 公开 / … / 统计公报) names the column, not the document
		}
		// A site's menu entry (工作报告 / 规划计划 / 统计公报 among 领导之窗 /
		// 通知公告 …) or a column's short name (“十五五”规划) in a page saved
		// as text is no title, where the document's full title stands below;
		// a volume's part (第一部分 决算报告) opens it.
		if k < fullAt && (isMenuEntry(texts, k) || runes(s) <= 12 && !reYearInTitle.MatchString(s) && !rePartHeading.MatchString(s)) {
			continue
		}
		for j := k + 1; j < len(kept) && j <= k+8; j++ {
			t := lines[kept[j]].text
			if isMetadataLine(t) {
				continue
			}
			if (isTitleLike(t) || strings.HasSuffix(t, "关于")) && sameTitle(s, t) {
				return kept[j], s
			}
		}
		return kept[k], ""
	}
	// A public-information page's counters and menus (主动公开 / 14407条 /
	// 申请办理中 …) can run past the first dozen lines before the title; a
	// line that names a report in full (宁陕县2021年国民经济和社会发展统计公报)
	// before any sentence of text is where the document begins.
	for k := 0; k < len(kept) && k < maxMenuLines; k++ {
		s := lines[kept[k]].text
		if isReportText(s) {
			break
		}
		if reFullReportTitle.MatchString(strings.TrimSpace(s)) && isTitleLike(s) && !isMetadataLine(s) {
			return kept[k], ""
		}
	}
	if len(kept) > 0 {
		return kept[0], ""
	}
	return -1, ""
}

// hintedTitleLine returns the line, before end, that restates the title the
// page's markup gives when that title names a report in full: where the
// document begins, however many menus, news lists and column blurbs stand
// before it (a finance bureau's sidebar of notices over 关于阜新市2025年财政决算
// 的报告). It returns -1 when the markup names no report or no line restates
// it, or when more than maxTextBeforeTitle lines of running text stand
// before the line (a page whose text comes first).
func hintedTitleLine(lines []line, keep, repeated []bool, end int, titleHint string) int {
	t := cleanTitle(titleHint)
	if !isFullTitle(t) {
		return -1
	}
	return restatement(lines, keep, repeated, 0, end, func(s string) bool { return cleanTitle(s) == t }, false)
}

// restatedFirstLine returns the line that restates a page's first line word
// for word when that line names a report: a page saved as text keeps its
// <title> as its first line, then menus, then the headline where the
// document begins (2022年1月20日广东省代省长王伟中在…上作政府工作报告 / 无障碍 / 长者助手
// / … / the same headline / 政府工作报告 / ——2022年1月20日在…): the last
// restatement before the text. It returns -1 as hintedTitleLine does.
func restatedFirstLine(lines []line, keep, repeated []bool, end int) int {
	for i := 0; i < end; i++ {
		if !keep[i] || repeated[i] || lines[i].text == "" {
			continue
		}
		first := lines[i].text
		if t := cleanTitle(first); runes(t) < 10 || !namesReport(t) || !endsDocument(t) {
			return -1
		}
		// The page's index may name it before its headline does.
		return restatement(lines, keep, repeated, i+1, end, func(s string) bool { return s == first }, true)
	}
	return -1
}

// restatement returns the first line from lines[from] on, before end, that
// same accepts (with last, the last one before the running text that
// follows it), skipping lines not kept, repeated copies and empty lines,
// and reading at most maxHeadLines. It returns -1 when no line is accepted,
// or when more than maxTextBeforeTitle lines of running text stand before
// the first one.
func restatement(lines []line, keep, repeated []bool, from, end int, same func(string) bool, last bool) int {
	found, text, seen := -1, 0, 0
	for i := from; i < end && seen < maxHeadLines; i++ {
		if !keep[i] || repeated[i] || lines[i].text == "" {
			continue
		}
		seen++
		s := lines[i].text
		if same(s) {
			if !last {
				return i
			}
			found = i
			continue
		}
		if isReportText(s) {
			if found >= 0 {
				break
			}
			if text++; text > maxTextBeforeTitle {
				return -1
			}
		}
	}
	return found
}

// maxTextBeforeTitle is how many lines of running text (a column's blurb,
// a news teaser) may stand before the line that restates a page's title.
const maxTextBeforeTitle = 3

// reCrumbOpens is how a breadcrumb opens its line: 首页 > …, 当前位置：….
var reCrumbOpens = regexp.MustCompile(`^(?:首页|网站首页|主页|当前位置|您的位置|您现在的位置)`)

// maxHeadLines is how many lines before a document's text are searched
// for its full title: a page saved as text may keep 200 lines of menus.
const maxHeadLines = 400

// isFullTitle reports a line that names a report in full, with its year
// (2025年泉州市国民经济和社会发展统计公报, 关于安康市2025年…预算（草案）的报告).
func isFullTitle(s string) bool {
	return isTitleLike(s) && !isMetadataLine(s) && reYearInTitle.MatchString(s) && endsDocument(s)
}

// maxMenuLines is how many short lines of menus and counters may stand
// before a document's full title.
const maxMenuLines = 80

// reFullReportTitle is a title that names a report in full: its year and
// its kind (宁陕县2021年国民经济和社会发展统计公报, 关于2022年预算执行情况的报告).
var reFullReportTitle = regexp.MustCompile(`^\p{Han}{0,20}\d{4}年(?:度)?\p{Han}{2,60}(?:统计公报|政府工作报告|的报告|规划纲要|远景目标纲要)$`)

// isReportText reports a line that is running text of a report, not page
// furniture or a title: the salutation that opens a speech, or a sentence.
func isReportText(s string) bool {
	return reSalutation.MatchString(s) || runes(s) >= 20 && strings.Contains(s, "。") && strings.ContainsAny(s, "，,")
}

// minCopyRunes is the least text a run of repeated lines must hold to be
// taken for a second copy of the page rather than a sentence the report
// says twice.
const minCopyRunes = 1000

// findCopies marks the lines of repeated copies of the page: runs of kept
// lines, each of which occurred before, holding at least minCopyRunes
// characters. Furniture lines inside such a run go with it. It returns the
// marks, the characters dropped and the characters kept.
func findCopies(lines []line, keep []bool) (repeated []bool, dropped, kept int) {
	repeated = make([]bool, len(lines))
	seen := make(map[string]bool)
	again := make([]bool, len(lines))
	for i, l := range lines {
		if !keep[i] {
			continue
		}
		k := squeezeSpaces(l.text)
		again[i] = seen[k]
		seen[k] = true
	}
	for i := 0; i < len(lines); {
		if !keep[i] || !again[i] {
			i++
			continue
		}
		// A run of repeated lines, furniture and empty lines between them
		// included.
		j, n, last := i, 0, i
		for ; j < len(lines); j++ {
			if keep[j] {
				if !again[j] {
					break
				}
				n += visibleRunes(lines[j].text)
				last = j
			}
		}
		if n >= minCopyRunes {
			for k := i; k <= last; k++ {
				repeated[k] = true
			}
			dropped += n
		}
		i = j
	}
	for i, l := range lines {
		if keep[i] && !repeated[i] {
			kept += visibleRunes(l.text)
		}
	}
	return repeated, dropped, kept
}

// visibleRunes counts the runes of squeezeSpaces(s) without building it.
func visibleRunes(s string) int {
	n := 0
	for _, r := range s {
		if !isBlank(r) && !isSpaceOrZs(r) {
			n++
		}
	}
	return n
}

// squeezeSpaces drops every kind of white space, for comparing lines.
func squeezeSpaces(s string) string {
	return strings.Map(func(r rune) rune {
		if isBlank(r) || isSpaceOrZs(r) {
			return -1
		}
		return r
	}, s)
}

// Spans of furniture inside a line that also carries report text: a
// scraped page written on one line begins with its breadcrumb and header
// fields and ends with its footer.
var (
	reCrumbStart  = regexp.MustCompile(`^(?:>\s*)?(?:(?:当前位置|您现在的位置|您的位置|所在位置|现在位置)\s*[:：]?\s*|(?:首页|网站首页|主页)\s*(?:>>|[` + crumbMarks + `])\s*)`)
	reCrumbStep   = regexp.MustCompile(`^[^\s` + crumbMarks + `/，。；：:！？]{1,16}\s*(?:>>|[` + crumbMarks + `/])\s*`)
	reCrumbLast   = regexp.MustCompile(`^[^\s` + crumbMarks + `/，。；：:！？]{1,16}(?:\s|$)`)
	reHeaderField = regexp.MustCompile(`^(?:发布时间|发布日期|发文日期|成文日期|更新时间|时间|日期|来源|文章来源|信息来源|发布机构|发布者|作者|责任编辑|编辑|浏览次数|点击数|阅读次数|访问量|字号)\s*[:：]\s*[^\s：:，。]{0,30}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?`)
	reHeaderBox   = regexp.MustCompile(`^[【\[](?:(?:字号|字体|打印|关闭|收藏|分享|大\s*中\s*小)[^】\]]{0,20}[】\]]|(?:字号|字体)\s*[:：])`)
	reHeaderWord  = regexp.MustCompile(`^(?:打印本页|关闭窗口|打印|关闭|收藏|分享到\s*[:：]|分享到|分享|下载|全屏|加大|还原|减小|放大|缩小|默认|上一篇|下一篇|上一版|下一版|上一期|下一期|往期|扫一扫|大\s*中\s*小|今天是(?:\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?(?:\s*(?:星期|周)[一二三四五六日天])?)(?:\s|$)`)
	reToken       = regexp.MustCompile(`^\S+`)
	reSalutation  = regexp.MustCompile(`^各位(?:代表|委员)\s*[:：]`)
	footerMarks   = append([]string{"版权所有", "Copyright", "©", "ICP备", "公网安备", "网站标识码"}, footerStart...)
)

// minSpanLine is the length from which a line that holds furniture may
// also hold report text, and is cut at the span level.
const minSpanLine = 120

// cutSpans cuts the furniture out of long lines: the breadcrumb, header
// fields and buttons at a line's start, the footer at its end, each
// becoming a line of its own (marked cut when it is furniture), so that the
// report text between them is kept whatever the rules say of the rest.
func cutSpans(lines []line) []line {
	var out []line
	for _, l := range splitAtSpaceRuns(lines) {
		if runes(l.text) < minSpanLine {
			out = append(out, l)
			continue
		}
		head, rest := headerSpans(l)
		out = append(out, head...)
		if rest.text == "" {
			continue
		}
		body, footer := footerSpan(rest)
		if body.text != "" {
			out = append(out, cutMarks(body)...)
		}
		if footer.text != "" {
			out = append(out, footer)
		}
	}
	return out
}

// splitAtSpaceRuns splits a long line that holds many runs of spaces (a
// page whose line breaks a scraper turned into spaces: 首页 > … > 会议文件
// 关于…的报告  日期:2020-09-03  ——2020年…会议上  各位代表:  …) at those runs,
// each piece a line of its own.
func splitAtSpaceRuns(lines []line) []line {
	var out []line
	for _, l := range lines {
		if runes(l.text) < minSpanLine || !enoughSpaceRuns(l.text) {
			out = append(out, l)
			continue
		}
		for _, piece := range reSpaceRun.Split(l.text, -1) {
			if piece = strings.TrimFunc(piece, isBlank); piece != "" {
				out = append(out, line{no: l.no, text: piece, cut: l.cut, split: l.split})
			}
		}
	}
	return out
}

// enoughSpaceRuns reports whether a long line holds the runs of spaces of a
// page whose line breaks were lost: minSpaceRuns, or minFieldSpaceRuns for
// a line that opens with a field label (a summary field that quotes the
// text's opening, 内容摘要:政 府 工 作 报 告  ——…, is one field). The field
// patterns run only on the few lines the count leaves in doubt.
func enoughSpaceRuns(s string) bool {
	n := len(reSpaceRun.FindAllStringIndex(s, minFieldSpaceRuns))
	return n >= minFieldSpaceRuns || n >= minSpaceRuns && !isMetadataLine(s)
}

// reSpaceRun is a run of two or more spaces, tabs or ideographic spaces.
var reSpaceRun = regexp.MustCompile(`[ \t\x{3000}]{2,}`)

// minSpaceRuns is how many runs of spaces make a long line a page whose
// line breaks were lost, rather than a paragraph with a wide gap or two: a
// short page's opening so written has four (title, date, heading, text).
const minSpaceRuns = 4

// minFieldSpaceRuns is as many for a line that opens with a page's field
// label: a page flattened from its fields on has many more.
const minFieldSpaceRuns = 6

// headerSpans cuts the header at the start of a long line into lines: the
// breadcrumb, the page's header fields (发布时间：… 来源：…), buttons, the
// title and meeting line and the salutation. It returns them and the rest.
func headerSpans(l line) ([]line, line) {
	s := l.text
	var out []line
	emit := func(text string, cut bool) {
		if t := strings.TrimFunc(text, isBlank); t != "" {
			out = append(out, line{no: l.no, text: t, cut: cut})
		}
	}
	for {
		s = strings.TrimLeftFunc(s, isBlank)
		if m := reCrumbStart.FindString(s); m != "" {
			n := len(m)
			for {
				step := reCrumbStep.FindString(s[n:])
				if step == "" {
					break
				}
				n += len(step)
			}
			if last := reCrumbLast.FindString(s[n:]); last != "" {
				n += len(last)
			}
			emit(s[:n], true)
			s = s[n:]
			continue
		}
		if m := reHeaderField.FindString(s); m != "" {
			emit(m, false) // metadata: the page's date and source
			s = s[len(m):]
			continue
		}
		if m := reHeaderBox.FindString(s); m != "" {
			emit(m, true)
			s = s[len(m):]
			continue
		}
		if m := reHeaderWord.FindString(s); m != "" {
			emit(m, true)
			s = s[len(m):]
			continue
		}
		if m := reSalutation.FindString(s); m != "" && len(out) > 0 {
			emit(m, false)
			s = s[len(m):]
			break
		}
		// A title or meeting line standing between header fields; a page
		// on one line may open with its title over them ((内蒙古)2020年…
		// 工作报告(全文)  发布时间:2022-08-06 22:09  …).
		tok := reToken.FindString(s[:min(len(s), 400)])
		if tok == "" || strings.Contains(tok, "。") {
			break
		}
		opensPage := len(out) == 0 && isTitleLike(tok) && reHeaderField.MatchString(strings.TrimLeftFunc(s[len(tok):], isBlank))
		between := len(out) > 0 && len(tok) < len(s) && (isTitleLike(tok) || reMeetingStart.MatchString(tok) && strings.HasSuffix(tok, "上"))
		if !opensPage && !between {
			break
		}
		emit(tok, false)
		s = s[len(tok):]
	}
	if len(out) == 0 {
		return nil, l
	}
	return out, line{no: l.no, text: strings.TrimFunc(s, isBlank)}
}

// minSpanSentences is how many full stops a long line must hold for the
// furniture marks inside it to be cut out as spans, rather than drop the
// line whole: a line of report text, not a footer's run of links.
const minSpanSentences = 3

// reSpanLabel is the label and brackets before a footer's mark
// (免责声明：本文仅代表作者观点…, 【版权所有】).
var reSpanLabel = regexp.MustCompile(`(?:\p{Han}{2,6}\s*[:：]\s*)?[【\[（(]?\s*$`)

// cutMarks cuts the furniture marks out of a long line of report text (a
// page saved on one line), which isFurniture would otherwise drop whole
// with the report in it: a footer's mark in the line's last 40 % cuts the
// rest of the line off; any other mark (打印本页, 【字号, 返回顶部) is cut out
// alone, with its brackets. The cut spans become lines marked cut.
func cutMarks(l line) []line {
	var out []line
	emit := func(text string, cut bool) {
		if t := strings.TrimFunc(text, isBlank); t != "" {
			out = append(out, line{no: l.no, text: t, cut: cut})
		}
	}
	if !isLongReportLine(l.text) {
		return []line{l}
	}
	total := runes(l.text)
	s, done := l.text, 0 // the rest of the line, and the runes before it
	for {
		k, m := furnitureMarkSet.first(s)
		if k < 0 {
			break
		}
		start := k - len(reSpanLabel.FindString(s[:k]))
		if slices.Contains(footerMarks, m) && (done+runes(s[:k]))*10 >= total*6 {
			emit(s[:start], false)
			emit(s[start:], true)
			return out
		}
		open := reSpanOpen.FindString(s[:k])
		start, end := k-len(open), k+len(m)
		if open != "" || strings.HasPrefix(m, "【") {
			end += len(reSpanClose.FindString(s[end:]))
		}
		emit(s[:start], false)
		emit(s[start:end], true)
		done += runes(s[:end])
		s = s[end:]
	}
	emit(s, false)
	return out
}

// reSpanOpen and reSpanClose are the brackets around a furniture mark cut
// out of a line ([打印本页], 【字号：大 中 小】).
var (
	reSpanOpen  = regexp.MustCompile(`[【\[（(]\s*$`)
	reSpanClose = regexp.MustCompile(`^[^【\[】\]。，]{0,12}[】\]）)]`)
)

// footerSpan cuts the footer off the end of a long line: from the first
// footer mark after which the line holds at most one more sentence.
func footerSpan(l line) (body, footer line) {
	s := l.text
	// The footer stands after the second last full stop.
	tail := strings.LastIndex(s, "。")
	if tail >= 0 {
		tail = strings.LastIndex(s[:tail], "。")
	}
	if tail >= 0 {
		tail += len("。")
	}
	tail = max(tail, 0)
	cut := -1
	for _, m := range footerMarks {
		if k := strings.Index(s[tail:], m); k >= 0 && (cut < 0 || tail+k < cut) {
			cut = tail + k
		}
	}
	if cut <= 0 {
		return l, line{}
	}
	// An opening bracket before the mark goes with it: （责任编辑：…）.
	for cut > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:cut])
		if !strings.ContainsRune("（(【[ 　", r) {
			break
		}
		cut -= size
	}
	body = line{no: l.no, text: strings.TrimFunc(s[:cut], isBlank)}
	footer = line{no: l.no, text: strings.TrimFunc(s[cut:], isBlank), cut: true}
	return body, footer
}

// sameTitle reports whether b repeats title a, possibly cut at a line wrap
// or with a character lost in scraping.
func sameTitle(a, b string) bool {
	na, nb := []rune(normalizeLoose(a)), []rune(normalizeLoose(b))
	if len(nb) < 10 || len(na) < 10 {
		return false
	}
	if len(nb) > len(na) {
		na, nb = nb, na
	}
	// b is a prefix of a, allowing one lost character.
	mism := 0
	for i, j := 0, 0; j < len(nb); i, j = i+1, j+1 {
		if i >= len(na) {
			return false
		}
		if na[i] != nb[j] {
			mism++
			if mism > 1 {
				return false
			}
			if i+1 < len(na) && na[i+1] == nb[j] {
				i++ // a character lost in b
			}
		}
	}
	return true
}

// normalizeLoose drops punctuation and spaces for comparing lines.
func normalizeLoose(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsSymbol(r) {
			return -1
		}
		return r
	}, s)
}

// countContained returns how many of words s contains.
func countContained(s string, words []string) int {
	n := 0
	for _, w := range words {
		if strings.Contains(s, w) {
			n++
		}
	}
	return n
}

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs []string) bool {
	for _, m := range subs {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}
