package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/internal/race"
)

// TestMetadataTraps parses small documents built on the traps real reports
// set: place names inside ordinary words, places named only in the body,
// national reports that list provinces, township reports, GBK pages.
func TestMetadataTraps(t *testing.T) {
	if race.Enabled {
		t.Skip(race.SkipReason)
	}
	for _, tt := range metadataTrapCases {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(tt.file, []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			d := p.Document
			got := trapWant{d.Title, d.Province, d.City, d.District, d.Level, d.DocType, int(d.Year), d.Date}
			if got != tt.want {
				t.Errorf("got  %+v\nwant %+v\nsources %v", got, tt.want, d.MetaSource)
			}
			for _, f := range []struct{ name, value string }{{"province", d.Province}, {"district", d.District}, {"title", d.Title}, {"level", d.Level}} {
				if f.value != "" && d.MetaSource[f.name] == "" {
					t.Errorf("%s %q has no meta_source", f.name, f.value)
				}
			}
		})
	}
}

// mustGBK encodes s in GBK, as a page of a county's site is saved.
func mustGBK(s string) string {
	b, err := simplifiedchinese.GBK.NewEncoder().String(s)
	if err != nil {
		panic(err)
	}
	return b
}

// trapWant is what a reader states of a trap case.
type trapWant struct {
	title, province, city, district, level, docType string
	year                                            int
	date                                            govsearch.Date
}

// metadataTrapCases are the trap cases of issue 13: place names inside
// words, passing mentions, national reports listing provinces, GBK pages.
var metadataTrapCases = []struct {
	name, file, text string
	want             trapWant
}{
	{
		"a department's own budget with one run-on part (（一）总体要求：坚持…) and a heading 各单位预算安排情况： is no guide: that heading addresses no one (review AN: a regression of meta-293)", "r237_01_gd04_dept_own_runon_gedanwei.txt",
		"勉县人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开\n发布时间：2024-02-20  来源：勉县教育体育局  【字体：大 中 小】\n第一部分 部门概况\n一、主要职责\n（一）总体要求：坚持立德树人，办好人民满意的教育。\n二、部门预算单位构成\n各单位预算安排情况：\n局机关、县教研室、县电教馆共3个单位。\n第二部分 2024年度部门预算表\n第三部分 2024年度部门预算情况说明\n【打印本页】 【关闭窗口】\n版权所有：勉县人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "陕西省", city: "汉中市", district: "勉县", level: "county", docType: "预算报告", year: 2024, date: "2024-02-20"},
	},
	{
		"a department's budget with a table's note (填报说明：本表反映…) and a list's heading (各部门预算单位名单：) is no guide (review AN: a regression of meta-293)", "r237_02_gd13_dept_own_tianbao_gebumen.txt",
		"勉县人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开\n发布时间：2024-02-20  来源：勉县民政局  【字体：大 中 小】\n第一部分 部门概况\n第二部分 2024年度部门预算表\n部门收支总表\n填报说明：本表反映部门2024年度收支预算总体情况。\n各部门预算单位名单：\n县民政局机关、县救助站。\n第三部分 2024年度部门预算情况说明\n【打印本页】 【关闭窗口】\n版权所有：勉县人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "陕西省", city: "汉中市", district: "勉县", level: "county", docType: "预算报告", year: 2024, date: "2024-02-20"},
	},
	{
		"a compiling guide addressed to 县直各预算单位： with one part run on is no department's budget (review AN)", "r237_04_gd06_guide_xianzhi_addr.txt",
		"勉县人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开\n发布时间：2024-01-20  来源：勉县财政局  【字体：大 中 小】\n县直各预算单位：\n（一）总体要求：按照《预算法》和省市有关要求，全面公开部门预算。\n（二）公开内容：部门预算公开文本包括：\n第一部分 部门概况\n第二部分 2024年度部门预算表\n第三部分 2024年度部门预算情况说明\n勉县财政局\n2024年1月20日\n【打印本页】 【关闭窗口】\n版权所有：勉县人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "陕西省", city: "汉中市", district: "勉县", level: "county", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"a compiling guide addressed to 各县区财政局，市直各部门： with one part run on is no department's budget (review AN)", "r237_05_gd07_guide_xian_caizheng_addr.txt",
		"汉中市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开\n发布时间：2024-01-20  来源：汉中市财政局  【字体：大 中 小】\n各县区财政局，市直各部门：\n（一）总体要求：按照《预算法》和省有关要求，全面公开部门预算。\n（二）公开内容：部门预算公开文本包括：\n第一部分 部门概况\n第二部分 2024年度部门预算表\n第三部分 2024年度部门预算情况说明\n汉中市财政局\n2024年1月20日\n【打印本页】 【关闭窗口】\n版权所有：汉中市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "陕西省", city: "汉中市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"a department's own disclosure titled 关于 its name and year (关于澧县农业农村局2024年部门预算信息公开) is a budget report, no notice (review AN)", "r237_06_bs14_guanyu_organ_inside.txt",
		"澧县人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开\n关于澧县农业农村局2024年部门预算信息公开\n发布时间：2024-02-05  来源：澧县农业农村局  【字体：大 中 小】\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n2024年收入预算总额1256.3万元，支出预算总额1256.3万元。\n三、“三公”经费预算情况说明\n【打印本页】 【关闭窗口】\n版权所有：澧县人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "关于澧县农业农村局2024年部门预算信息公开", province: "湖南省", city: "常德市", district: "澧县", level: "county", docType: "预算报告", year: 2024, date: "2024-02-05"},
	},
	{
		"a unit whose name holds 推进 (宜宾市重大项目推进服务中心2024年部门预算) publishes its budget (review AN)", "r237_07_bs04_tuijin_fuwu_zhongxin.txt",
		"宜宾市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开\n宜宾市重大项目推进服务中心2024年部门预算\n发布时间：2024-02-18  来源：宜宾市人民政府  【字体：大 中 小】\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n2024年收入预算总额1256.3万元，支出预算总额1256.3万元。\n三、“三公”经费预算情况说明\n【打印本页】 【关闭窗口】\n版权所有：宜宾市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "宜宾市重大项目推进服务中心2024年部门预算", province: "四川省", city: "宜宾市", district: "", level: "city", docType: "预算报告", year: 2024, date: "2024-02-18"},
	},
	{
		"a bureau whose name holds 推进 (…重点项目推进局2024年部门预算) publishes its budget (review AN)", "r237_08_bs05_tuijin_ju.txt",
		"宜宾市叙州区人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开\n宜宾市叙州区重点项目推进局2024年部门预算\n发布时间：2024-02-18  来源：宜宾市叙州区人民政府  【字体：大 中 小】\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n2024年收入预算总额1256.3万元，支出预算总额1256.3万元。\n三、“三公”经费预算情况说明\n【打印本页】 【关闭窗口】\n版权所有：宜宾市叙州区人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "宜宾市叙州区重点项目推进局2024年部门预算", province: "四川省", city: "宜宾市", district: "叙州区", level: "county", docType: "预算报告", year: 2024, date: "2024-02-18"},
	},
	{
		"a story headline on a finance bureau approving a bureau's budget (浏阳市财政局批复市教育局2024年部门预算) is no budget (review AN)", "r237_09_bs10_story_pifu.txt",
		"浏阳市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开\n浏阳市财政局批复市教育局2024年部门预算\n发布时间：2024-01-25  来源：浏阳市人民政府  【字体：大 中 小】\n1月24日，市财政局正式批复市教育局2024年部门预算，共安排资金3.2亿元。记者 李明\n【打印本页】 【关闭窗口】\n版权所有：浏阳市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "浏阳市财政局批复市教育局2024年部门预算", province: "湖南省", city: "长沙市", district: "浏阳市", level: "county", docType: "其他", year: 2024, date: "2024-01-25"},
	},
	{
		"a department's budget with its 三公 spending's (…2024年部门预算及“三公”经费预算) is a budget report (review AN)", "r237_10_yt06_ji_sangong.txt",
		"宁国市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开\n宁国市教育体育局\n2024年部门预算及“三公”经费预算\n发布时间：2024-02-10  来源：宁国市人民政府  【字体：大 中 小】\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n2024年收入预算总额1256.3万元，支出预算总额1256.3万元。\n三、“三公”经费预算情况说明\n【打印本页】 【关闭窗口】\n版权所有：宁国市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "宁国市教育体育局2024年部门预算及“三公”经费预算", province: "安徽省", city: "宣城市", district: "宁国市", level: "county", docType: "预算报告", year: 2024, date: "2024-02-10"},
	},
	{
		"a department's budget and 三公 spending explained (…部门预算和“三公”经费预算情况说明) is a budget report (review AN)", "r237_11_yt12_sangong_qingkuang_shuoming.txt",
		"长沙市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开\n长沙市教育局\n2024年部门预算和“三公”经费预算情况说明\n发布时间：2024-02-10  来源：长沙市人民政府  【字体：大 中 小】\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n2024年收入预算总额1256.3万元，支出预算总额1256.3万元。\n三、“三公”经费预算情况说明\n【打印本页】 【关闭窗口】\n版权所有：长沙市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "长沙市教育局2024年部门预算和“三公”经费预算情况说明", province: "湖南省", city: "长沙市", district: "", level: "city", docType: "预算报告", year: 2024, date: "2024-02-10"},
	},
	{
		"a unit whose name holds 组织 (长沙市社会组织服务中心2024年部门预算) publishes its budget: no story's word (review AM: a regression of meta-292)", "r236_01_dbudget_c08_shehui_zuzhi.txt",
		"长沙市民政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n长沙市社会组织服务中心2024年部门预算\n发布时间：2024-02-20  来源：长沙市民政局  【字体：大 中 小】\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n2024年收入预算总额1256.3万元，支出预算总额1256.3万元。\n【打印本页】 【关闭窗口】\n版权所有：长沙市民政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "长沙市社会组织服务中心2024年部门预算", province: "湖南省", city: "长沙市", district: "", level: "city", docType: "预算报告", year: 2024, date: "2024-02-20"},
	},
	{
		"a unit whose name holds 推进 (达州市重点项目推进中心2024年部门预算) publishes its budget: no story's word (review AM: a regression of meta-292)", "r236_02_dbudget_c09_tuijin_zhongxin.txt",
		"达州市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n达州市重点项目推进中心2024年部门预算\n发布时间：2024-02-20  来源：达州市人民政府  【字体：大 中 小】\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n2024年收入预算总额1256.3万元，支出预算总额1256.3万元。\n【打印本页】 【关闭窗口】\n版权所有：达州市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "达州市重点项目推进中心2024年部门预算", province: "四川省", city: "达州市", district: "", level: "city", docType: "预算报告", year: 2024, date: "2024-02-20"},
	},
	{
		"a department's own budget explanation titled with 关于 (关于澧县教育局2024年部门预算情况说明) is a budget report (review AM: a regression of meta-292)", "r236_03_dbudget_c12_guanyu_dept_shuoming.txt",
		"澧县教育局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n关于澧县教育局2024年部门预算情况说明\n发布时间：2024-02-20  来源：澧县教育局  【字体：大 中 小】\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n2024年收入预算总额1256.3万元，支出预算总额1256.3万元。\n【打印本页】 【关闭窗口】\n版权所有：澧县教育局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "关于澧县教育局2024年部门预算情况说明", province: "湖南省", city: "常德市", district: "澧县", level: "county", docType: "预算报告", year: 2024, date: "2024-02-20"},
	},
	{
		"a story headline on a finance bureau urging the budgets' disclosure (市财政局督促指导2024年部门预算信息公开) is no budget (review AM)", "r236_04_dbudget_c15_story_duocu_xxgk.txt",
		"宁国市财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 工作动态\n市财政局督促指导2024年部门预算信息公开\n发布时间：2024-03-20  来源：宁国市财政局  【字体：大 中 小】\n近日，宁国市财政局督促各预算单位在门户网站集中公开2024年部门预算，公开率100%。\n下一步，市财政局将对公开情况开展检查。\n【打印本页】 【关闭窗口】\n版权所有：宁国市财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "市财政局督促指导2024年部门预算信息公开", province: "安徽省", city: "宣城市", district: "宁国市", level: "county", docType: "其他", year: 2024, date: "2024-03-20"},
	},
	{
		"a unit whose name holds 规范 (…标准化规范化建设服务中心2024年部门预算) publishes its budget: no story's word (review AM: a regression of meta-292)", "r236_05_dbudget_c21_guifan_organ.txt",
		"宁国市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n宁国市标准化规范化建设服务中心2024年部门预算\n发布时间：2024-02-20  来源：宁国市人民政府  【字体：大 中 小】\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n2024年收入预算总额1256.3万元，支出预算总额1256.3万元。\n【打印本页】 【关闭窗口】\n版权所有：宁国市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "宁国市标准化规范化建设服务中心2024年部门预算", province: "安徽省", city: "宣城市", district: "宁国市", level: "county", docType: "预算报告", year: 2024, date: "2024-02-20"},
	},
	{
		"a department's own disclosure titled with 关于 after its name (澧县农业农村局关于2024年部门预算信息公开) is a budget report (review AM: a regression of meta-292)", "r236_06_dbudget_c25_organ_qiyong.txt",
		"澧县人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n澧县农业农村局关于2024年部门预算信息公开\n发布时间：2024-02-20  来源：澧县人民政府  【字体：大 中 小】\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n2024年收入预算总额1256.3万元，支出预算总额1256.3万元。\n【打印本页】 【关闭窗口】\n版权所有：澧县人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "澧县农业农村局关于2024年部门预算信息公开", province: "湖南省", city: "常德市", district: "澧县", level: "county", docType: "预算报告", year: 2024, date: "2024-02-20"},
	},
	{
		"a bureau whose name holds 组织 (长沙市民间组织管理局2024年部门预算) publishes its budget (review AM: a regression of meta-292)", "r236_07_dbudget_c29_minjian_zuzhi.txt",
		"长沙市民政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n长沙市民间组织管理局2024年部门预算\n发布时间：2024-02-20  来源：长沙市民政局  【字体：大 中 小】\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n2024年收入预算总额1256.3万元，支出预算总额1256.3万元。\n【打印本页】 【关闭窗口】\n版权所有：长沙市民政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "长沙市民间组织管理局2024年部门预算", province: "湖南省", city: "长沙市", district: "", level: "city", docType: "预算报告", year: 2024, date: "2024-02-20"},
	},
	{
		"a department's budget explanation with 关于 after its name (澧县教育局关于2024年部门预算情况说明) is a budget report (review AM: a regression of meta-292)", "r236_08_dbudget_c30_organ_guanyu_shuoming.txt",
		"澧县教育局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n澧县教育局关于2024年部门预算情况说明\n发布时间：2024-02-20  来源：澧县教育局  【字体：大 中 小】\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n2024年收入预算总额1256.3万元，支出预算总额1256.3万元。\n【打印本页】 【关闭窗口】\n版权所有：澧县教育局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "澧县教育局关于2024年部门预算情况说明", province: "湖南省", city: "常德市", district: "澧县", level: "county", docType: "预算报告", year: 2024, date: "2024-02-20"},
	},
	{
		"a department's budget explanation on its own site titled 关于2024年部门预算情况说明 is a budget report (review AM: a regression of meta-292)", "r236_09_dbudget_c31_guanyu_shuoming_bare.txt",
		"澧县教育局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n关于2024年部门预算情况说明\n发布时间：2024-02-20  来源：澧县教育局  【字体：大 中 小】\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n2024年收入预算总额1256.3万元，支出预算总额1256.3万元。\n【打印本页】 【关闭窗口】\n版权所有：澧县教育局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "关于2024年部门预算情况说明", province: "湖南省", city: "常德市", district: "澧县", level: "county", docType: "预算报告", year: 2024, date: "2024-02-20"},
	},
	{
		"a unit whose name holds 推进 (宁国市乡村振兴推进中心2024年部门预算) publishes its budget (review AM: a regression of meta-292)", "r236_10_dbudget_c33_tuijin_ban.txt",
		"宁国市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n宁国市乡村振兴推进中心2024年部门预算\n发布时间：2024-02-20  来源：宁国市人民政府  【字体：大 中 小】\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n2024年收入预算总额1256.3万元，支出预算总额1256.3万元。\n【打印本页】 【关闭窗口】\n版权所有：宁国市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "宁国市乡村振兴推进中心2024年部门预算", province: "安徽省", city: "宣城市", district: "宁国市", level: "county", docType: "预算报告", year: 2024, date: "2024-02-20"},
	},
	{
		"a compiling guide whose parts are numbered (一)(二) and run on into their text is no department's budget (review AM: a regression of meta-292)", "r236_11_guide_d04_guide_paren_runon.txt",
		"勉县财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 通知公告\n发布时间：2024-01-20  来源：勉县财政局  【字体：大 中 小】\n各预算单位：\n（一）总体要求：按照《预算法》和省市有关要求，全面公开部门预算。\n（二）公开内容：部门预算公开文本包括：\n第一部分 部门概况\n第二部分 2024年度部门预算表\n第三部分 2024年度部门预算情况说明\n（三）报送要求：请各单位于2月10日前在门户网站公开。\n【打印本页】 【关闭窗口】\n版权所有：勉县财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "陕西省", city: "汉中市", district: "勉县", level: "county", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"a compiling guide addressed to 各预算单位： with one part run on (总体要求：按照…) is no department's budget (review AM: a regression of meta-292)", "r236_12_guide_d05_guide_one_runon.txt",
		"勉县财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 通知公告\n发布时间：2024-01-20  来源：勉县财政局  【字体：大 中 小】\n各预算单位：\n总体要求：按照《预算法》和省市有关要求，全面公开部门预算。\n公开内容：部门预算公开文本包括：\n第一部分 部门概况\n第二部分 2024年度部门预算表\n第三部分 2024年度部门预算情况说明\n请各单位于2月10日前在门户网站公开。\n勉县财政局\n2024年1月20日\n【打印本页】 【关闭窗口】\n版权所有：勉县财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "陕西省", city: "汉中市", district: "勉县", level: "county", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"a compiling guide with one bracket-numbered part run on is no department's budget (review AM: a regression of meta-292)", "r236_13_guide_d16_guide_paren_one.txt",
		"勉县财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 通知公告\n发布时间：2024-01-20  来源：勉县财政局  【字体：大 中 小】\n各预算单位：\n（一）总体要求：按照《预算法》和省市有关要求，全面公开部门预算。\n（二）公开内容：部门预算公开文本包括“第一部分 部门概况、第二部分 部门预算表、第三部分 部门预算情况说明”。\n第二部分 2024年度部门预算表\n（三）公开时间：2月10日前。\n【打印本页】 【关闭窗口】\n版权所有：勉县财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "陕西省", city: "汉中市", district: "勉县", level: "county", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"a headline on the accounts' audit starting in full (…决算审计工作全面启动) is a story (review AM)", "r236_14_work_g04_quanmian_qidong.txt",
		"宁国市财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 工作动态\n2023年度部门决算审计工作全面启动\n发布时间：2024-03-20  来源：宁国市财政局  【字体：大 中 小】\n近日，宁国市财政局按照部署，组织各预算单位开展相关工作，确保按时完成。\n下一步，市财政局将持续加强监督。\n【打印本页】 【关闭窗口】\n版权所有：宁国市财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "2023年度部门决算审计工作全面启动", province: "安徽省", city: "宣城市", district: "宁国市", level: "county", docType: "其他", year: 2024, date: "2024-03-20"},
	},
	{
		"a headline on the accounts' disclosure ending (…公开工作顺利结束) is a story (review AM)", "r236_15_work_g08_shunli_jieshu.txt",
		"宁国市财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 工作动态\n2023年部门决算公开工作顺利结束\n发布时间：2024-03-20  来源：宁国市财政局  【字体：大 中 小】\n近日，宁国市财政局按照部署，组织各预算单位开展相关工作，确保按时完成。\n下一步，市财政局将持续加强监督。\n【打印本页】 【关闭窗口】\n版权所有：宁国市财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "2023年部门决算公开工作顺利结束", province: "安徽省", city: "宣城市", district: "宁国市", level: "county", docType: "其他", year: 2024, date: "2024-03-20"},
	},
	{
		"a headline on the accounts' work bearing fruit (全市部门决算编审工作取得实效) is a story (review AM)", "r236_16_work_g11_sanchuan.txt",
		"宁国市财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 工作动态\n全市部门决算编审工作取得实效\n发布时间：2024-03-20  来源：宁国市财政局  【字体：大 中 小】\n近日，宁国市财政局按照部署，组织各预算单位开展相关工作，确保按时完成。\n下一步，市财政局将持续加强监督。\n【打印本页】 【关闭窗口】\n版权所有：宁国市财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "全市部门决算编审工作取得实效", province: "安徽省", city: "宣城市", district: "宁国市", level: "county", docType: "其他", year: 2024, date: "2024-03-20"},
	},
	{
		"a summary of the year's accounts work (2023年度部门决算工作总结) is no budget (review AM)", "r236_17_work_g12_juesuan_huibao.txt",
		"宁国市财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 工作动态\n2023年度部门决算工作总结\n发布时间：2024-03-20  来源：宁国市财政局  【字体：大 中 小】\n近日，宁国市财政局按照部署，组织各预算单位开展相关工作，确保按时完成。\n下一步，市财政局将持续加强监督。\n【打印本页】 【关闭窗口】\n版权所有：宁国市财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "2023年度部门决算工作总结", province: "安徽省", city: "宣城市", district: "宁国市", level: "county", docType: "其他", year: 2024, date: "2024-03-20"},
	},
	{
		"a notice's publication note before the outline's name ((此件公开发布)嘉兴港区…纲要) is no part of the title (round 232)", "r236_18_publication_note_before_title.txt",
		"乍浦镇,港区各部门、单位:\n《嘉兴港区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》已经党工委、管委会同意,现印发给你们,请认真贯彻实施。\n嘉兴港区开发建设管理委员会\n嘉兴综合保税区管理委员会\n2021年6月27日\n(此件公开发布)\n嘉兴港区国民经济和社会发展第十四个五年\n规划和二〇三五远景目标纲要\n目 录\n远景目标 16\n第一章 规划背景\n第一节 过去五年的发展成果\n经济实力日益增强。2020年港区实现生产总值182.0亿元,年均增长7.8%。服务业增加值44.6亿元,是2015年的1.5倍,年均增长7.5%。城镇和农村居民可支配收入分别达到66105元和40146元,分别是2015年的1.42倍和1.49倍,年均增长分别达到7.3%和8.3%。完成地方一般公共预算收入20.3亿元,年均增长12.4%。实现规上工业总产值718亿元,是2015年的1.51倍。\n转型升级成效显着。“十三五”期间,港区围绕重点产业,有序推动产业结构优化配置。以绿色化工新材料、航空航天及高端装备、氢能为核心的产业格局初步形成。数字经济建设迈入新台阶,实体经济和数字经济加速融合发展,以智能化改造为重点的现代技术改造加速推进。服务业快速发展,综合物流园、杭州湾新经济园等省级服务业发展平台集聚效应日益显现,推动区域内现代物流、电子信息、新材料、环保技术等新兴企业集群发展迈上新台阶。传统农业转型升级不断加快,现代农业产业园建设稳步推进,农居环境、乡村风貌明显改善。\n",
		trapWant{title: "嘉兴港区国民经济和社会发展第十四个五年规划和二〇三五远景目标纲要", province: "浙江省", city: "嘉兴市", district: "", level: "city", docType: "五年规划纲要", year: 2021, date: "2021-06-27"},
	},
	{
		"a site's greeting (欢迎您,进入宜宾中小企业公共服务网络平台!今天是:) is furniture, not the headline under it (round 232)", "r236_19_site_greeting_platform.txt",
		"欢迎您,进入宜宾中小企业公共服务网络平台!今天是:\n\n当前位置: 首页 >>全力以赴 推动宜宾经济社会高质量发展\n\n全力以赴 推动宜宾经济社会高质量发展\n\n发布日期:2021-01-25   来源:宜宾日报   浏览次数:2454\n 1月22日,解读市两会精神新闻发布会在市广电中心新闻发布厅举行。\n\n市政府秘书长李廷根介绍了“十三五”时期我市经济社会发展主要成就及“十四五”主要任务。宜宾三江新区管委会、市生态环境局、市教育和体育局、市双城建设服务局、市交通运输局及市住房和城乡建设局就宜宾三江新区发展、生态建设、教育事业发展、“双城”建设、交通运输、城市建设等内容,现场回答了媒体记者的提问。\n\nA砥砺奋进 绘就新发展蓝图\n\n“十三五”时期,宜宾圆满完成“十三五”规划主要目标任务,经济社会发展实现了五大新突破。\n\n",
		trapWant{title: "全力以赴推动宜宾经济社会高质量发展", province: "四川省", city: "宜宾市", district: "", level: "city", docType: "其他", year: 2021, date: "2021-01-25"},
	},
	{
		"a township's government alone over its accounts' title that opens on the year (…麻双乡人民政府 / 2020年度部门决算) makes the title (round 232)", "r236_20_township_over_accounts_title.txt",
		"贛州市南康區(qū)麻雙鄉(xiāng)人民政府\n2020年度部門決算\n目 錄\n第一部分 贛州市南康區(qū)麻雙鄉(xiāng)人民政府概況\n一、部門主要職責(zé)\n二、部門基本情況\n第二部分 2020年度部門決算表\n一、收入支出決算總表\n二、收入決算表\n三、支出決算表\n四、財(cái)政撥款收入支出決算總表\n五、一般公共預(yù)算財(cái)政撥款支出決算表\n六、一般公共預(yù)算財(cái)政撥款基本支出決算表\n七、一般公共預(yù)算財(cái)政撥款“三公”經(jīng)費(fèi)支出決算\n表\n八、政府性基金預(yù)算財(cái)政撥款收入支出決算表\n九、國有資本經(jīng)營預(yù)算財(cái)政撥款支出決算表\n十、國有資產(chǎn)占用情況表\n第三部分 2020年度部門決算情況說明\n一、收入決算情況說明\n二、支出決算情況說明\n三、財(cái)政撥款支出決算情況說明\n四、一般公共預(yù)算財(cái)政撥款基本支出決算情況說明\n五、一般公共預(yù)算財(cái)政撥款“三公”經(jīng)費(fèi)支出決算\n情況說明\n六、機(jī)關(guān)運(yùn)行經(jīng)費(fèi)支出情況說明\n七、政府采購支出情況說明\n八、國有資產(chǎn)占用情況說明\n九、預(yù)算績效情況說明\n第四部分 名詞解釋\n第一部分 贛州市南康區(qū)麻雙鄉(xiāng)人民政府概況\n一、部門主要職能\n",
		trapWant{title: "赣州市南康区麻双乡人民政府2020年度部门决算", province: "江西省", city: "赣州市", district: "南康区", level: "county", docType: "预算报告", year: 0, date: ""},
	},
	{
		"a paper printing the procuratorate's report its lead names last (…审议了县人民检察院工作报告。特将该报告摘登如下 / 县人民检察院共批准逮捕…) prints no work report (review AK: a regression of meta-291)", "r235_01_printed_e04_jianchayuan.txt",
		"岳阳县融媒体中心\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 两会专题\n发布时间：2024-01-13  来源：岳阳县融媒体中心  【字体：大 中 小】\n1月12日，县十八届人大四次会议听取了县长李明所作的政府工作报告，审议了县人民检察院工作报告。特将该报告摘登如下：\n2023年，县人民检察院共批准逮捕各类刑事犯罪嫌疑人215人，提起公诉318人。\n二、2024年工作安排\n【打印本页】 【关闭窗口】\n版权所有：岳阳县融媒体中心  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "湖南省", city: "岳阳市", district: "岳阳县", level: "county", docType: "其他", year: 2024, date: "2024-01-13"},
	},
	{
		"a paper printing the court's report its lead names last (县人民法院新收各类案件…办结…) prints no work report (review AK: a regression of meta-291)", "r235_02_printed_e07_court_banjie.txt",
		"岳阳县融媒体中心\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 两会专题\n发布时间：2024-01-13  来源：岳阳县融媒体中心  【字体：大 中 小】\n1月12日，县十八届人大四次会议听取了县长李明所作的政府工作报告，审议了县人民法院工作报告。特将该报告摘登如下：\n2023年，县人民法院新收各类案件8321件，办结8012件，结案率96.3%。\n二、2024年工作安排\n【打印本页】 【关闭窗口】\n版权所有：岳阳县融媒体中心  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "湖南省", city: "岳阳市", district: "岳阳县", level: "county", docType: "其他", year: 2024, date: "2024-01-13"},
	},
	{
		"a printed work report whose opening counts administrative review cases (行政复议机关受理行政复议案件56件) stays the work report (review AK: a regression of meta-291)", "r235_03_printed_e02_xinfang_anjian_notitle.txt",
		"岳阳县融媒体中心\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 两会专题\n发布时间：2024-01-12  来源：岳阳县融媒体中心  【字体：大 中 小】\n1月11日，县十八届人大四次会议开幕，县长李明代表县人民政府作了政府工作报告。特将该报告摘登如下：\n一、2023年工作回顾\n过去一年，全县地区生产总值增长5.8%。平安岳阳建设扎实推进，行政复议机关受理行政复议案件56件，社会大局和谐稳定。\n二、2024年工作安排\n【打印本页】 【关闭窗口】\n版权所有：岳阳县融媒体中心  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "湖南省", city: "岳阳市", district: "岳阳县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-12"},
	},
	{
		"a printed work report whose opening counts petitions (全年受理信访案件1234件) stays the work report (review AK: a regression of meta-291)", "r235_04_printed_e09_xinfang_only.txt",
		"岳阳县融媒体中心\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 两会专题\n发布时间：2024-01-12  来源：岳阳县融媒体中心  【字体：大 中 小】\n1月11日，县十八届人大四次会议开幕，县长李明代表县人民政府作了政府工作报告。特将该报告摘登如下：\n一、2023年工作回顾\n过去一年，全县地区生产总值增长5.8%。扎实开展信访积案化解，全年受理信访案件1234件，化解率98%。\n二、2024年工作安排\n【打印本页】 【关闭窗口】\n版权所有：岳阳县融媒体中心  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "湖南省", city: "岳阳市", district: "岳阳县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-12"},
	},
	{
		"a finance bureau's self-check on its budget disclosure (…关于2023年度预算信息公开工作的自查报告) is no budget (review AK: a regression of meta-291)", "r235_05_banner_a07_zizha_report.txt",
		"岳阳县财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 工作动态\n岳阳县财政局关于2023年度预算信息公开工作的自查报告\n发布时间：2023-11-20  来源：岳阳县财政局  【字体：大 中 小】\n按照市财政局要求，我局对2023年度预算信息公开工作开展了自查，现将有关情况报告如下：\n一、基本情况\n全县98个预算单位均已公开部门预算。\n【打印本页】 【关闭窗口】\n版权所有：岳阳县财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "岳阳县财政局关于2023年度预算信息公开工作的自查报告", province: "湖南省", city: "岳阳市", district: "岳阳县", level: "county", docType: "其他", year: 2023, date: "2023-11-20"},
	},
	{
		"a county's report on its budget disclosure (岳阳县2023年度预算信息公开情况报告) is no budget (review AK: a regression of meta-291)", "r235_06_yxgk_a12_qingkuang_baogao.txt",
		"岳阳县财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 工作动态\n岳阳县2023年度预算信息公开情况报告\n发布时间：2024-01-20  来源：岳阳县财政局  【字体：大 中 小】\n2023年，我局按照《预算法》要求，督促全县98个预算单位公开部门预算，现将有关情况报告如下：\n【打印本页】 【关闭窗口】\n版权所有：岳阳县财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "岳阳县2023年度预算信息公开情况报告", province: "湖南省", city: "岳阳市", district: "岳阳县", level: "county", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"a summary of the budget disclosure work (2023年预算信息公开工作总结) is no budget (review AK: a regression of meta-291)", "r235_07_yxgk_a13_gongzuo_zongjie.txt",
		"岳阳县财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 工作动态\n2023年预算信息公开工作总结\n发布时间：2023-12-20  来源：岳阳县财政局  【字体：大 中 小】\n2023年，我局认真落实预算公开要求，全县预算单位均已按时公开。\n【打印本页】 【关闭窗口】\n版权所有：岳阳县财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "2023年预算信息公开工作总结", province: "湖南省", city: "岳阳市", district: "岳阳县", level: "county", docType: "其他", year: 2023, date: "2023-12-20"},
	},
	{
		"a story on a check of the budget disclosure (县财政局开展预算信息公开专项检查) is no budget (review AK: a regression of meta-291)", "r235_08_yxgk_a14_jiancha.txt",
		"岳阳县人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 部门动态\n县财政局开展预算信息公开专项检查\n发布时间：2023-06-12  来源：岳阳县财政局  【字体：大 中 小】\n近日，县财政局组成检查组，对全县预算单位部门预算公开情况进行专项检查。\n【打印本页】 【关闭窗口】\n版权所有：岳阳县人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "县财政局开展预算信息公开专项检查", province: "湖南省", city: "岳阳市", district: "岳阳县", level: "county", docType: "其他", year: 2023, date: "2023-06-12"},
	},
	{
		"a department's budget whose overview says 总体要求：坚持… unnumbered is no compiling guide (review AK)", "r235_09_guide_d02_dept_budget_notitle.txt",
		"岳阳县农业农村局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n发布时间：2024-02-20  来源：岳阳县农业农村局  【字体：大 中 小】\n目录\n第一部分 岳阳县农业农村局概况\n一、主要职能\n二、部门预算单位构成\n三、2024年重点工作任务\n总体要求：坚持农业农村优先发展，全面推进乡村振兴。\n第二部分 岳阳县农业农村局2024年度部门预算表\n第三部分 岳阳县农业农村局2024年度部门预算情况说明\n一、收入支出预算总体情况说明\n【打印本页】 【关闭窗口】\n版权所有：岳阳县农业农村局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "湖南省", city: "岳阳市", district: "岳阳县", level: "county", docType: "预算报告", year: 2024, date: "2024-02-20"},
	},
	{
		"a department's accounts whose text says 工作要求：全面落实… unnumbered are no compiling guide (review AK)", "r235_10_guide_d04_dept_accounts_gongzuoyaoqiu.txt",
		"岳阳县卫生健康局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n发布时间：2024-09-01  来源：岳阳县卫生健康局  【字体：大 中 小】\n第一部分 岳阳县卫生健康局概况\n一、主要职能\n二、2023年重点工作完成情况\n工作要求：全面落实健康岳阳建设任务。\n第二部分 岳阳县卫生健康局2023年度部门决算表\n第三部分 岳阳县卫生健康局2023年度部门决算情况说明\n【打印本页】 【关闭窗口】\n版权所有：岳阳县卫生健康局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "湖南省", city: "岳阳市", district: "岳阳县", level: "county", docType: "预算报告", year: 2024, date: "2024-09-01"},
	},
	{
		"a school presenting its own budget (现将我校2024年度部门预算公开如下) is a budget report (review AK)", "r235_11_own_b01_woxiao.txt",
		"岳阳县人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n发布时间：2024-02-22  来源：岳阳县人民政府  【字体：大 中 小】\n根据《预算法》要求，现将我校2024年部门预算公开如下：\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n【打印本页】 【关闭窗口】\n版权所有：岳阳县人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "湖南省", city: "岳阳市", district: "岳阳县", level: "county", docType: "预算报告", year: 2024, date: "2024-02-22"},
	},
	{
		"a provincial department presenting its own budget (现将我厅…部门预算公开如下) is a budget report (review AK)", "r235_12_own_b03_woting.txt",
		"湖南省人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n发布时间：2024-02-22  来源：湖南省人民政府  【字体：大 中 小】\n根据《预算法》要求，现将我厅2024年部门预算公开如下：\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n【打印本页】 【关闭窗口】\n版权所有：湖南省人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "湖南省", city: "", district: "", level: "province", docType: "预算报告", year: 2024, date: "2024-02-22"},
	},
	{
		"a department presenting its budget with its 三公 spending (…部门预算及“三公”经费预算情况公开如下) is a budget report (review AK)", "r235_13_own_b04_ji_sangong.txt",
		"岳阳县人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n发布时间：2024-02-22  来源：岳阳县人民政府  【字体：大 中 小】\n根据《预算法》要求，现将我局2024年度部门预算及“三公”经费预算情况公开如下：\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n【打印本页】 【关闭窗口】\n版权所有：岳阳县人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "湖南省", city: "岳阳市", district: "岳阳县", level: "county", docType: "预算报告", year: 2024, date: "2024-02-22"},
	},
	{
		"a department presenting its budget's particulars (…部门预算有关情况公开如下) is a budget report (review AK)", "r235_14_own_b05_youguan.txt",
		"岳阳县人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n发布时间：2024-02-22  来源：岳阳县人民政府  【字体：大 中 小】\n根据县财政局统一部署，现将2024年度部门预算有关情况公开如下：\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n【打印本页】 【关闭窗口】\n版权所有：岳阳县人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "湖南省", city: "岳阳市", district: "岳阳县", level: "county", docType: "预算报告", year: 2024, date: "2024-02-22"},
	},
	{
		"a download's label with a colon (（附：表格下载）) is no part of the title (review AK)", "r235_15_deco_i04_colon.txt",
		"宁国市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n宁国市民政局2024年部门预算（附：表格下载）\n发布时间：2024-02-18  来源：宁国市民政局  【字体：大 中 小】\n第一部分 宁国市民政局概况\n一、主要职能\n第二部分 宁国市民政局2024年部门预算表\n【打印本页】 【关闭窗口】\n版权所有：宁国市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "宁国市民政局2024年部门预算", province: "安徽省", city: "宣城市", district: "宁国市", level: "county", docType: "预算报告", year: 2024, date: "2024-02-18"},
	},
	{
		"a spreadsheet's download label (（附Excel下载）) is no part of the title (review AK)", "r235_16_deco_i05_excel.txt",
		"宁国市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n宁国市民政局2024年部门预算（附Excel下载）\n发布时间：2024-02-18  来源：宁国市民政局  【字体：大 中 小】\n第一部分 宁国市民政局概况\n一、主要职能\n第二部分 宁国市民政局2024年部门预算表\n【打印本页】 【关闭窗口】\n版权所有：宁国市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "宁国市民政局2024年部门预算", province: "安徽省", city: "宣城市", district: "宁国市", level: "county", docType: "预算报告", year: 2024, date: "2024-02-18"},
	},
	{
		"an attachment's and a table's download label (（附件及表格下载）) is no part of the title (review AK)", "r235_17_deco_i08_jijieya.txt",
		"宁国市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n宁国市民政局2024年部门预算（附件及表格下载）\n发布时间：2024-02-18  来源：宁国市民政局  【字体：大 中 小】\n第一部分 宁国市民政局概况\n一、主要职能\n第二部分 宁国市民政局2024年部门预算表\n【打印本页】 【关闭窗口】\n版权所有：宁国市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "宁国市民政局2024年部门预算", province: "安徽省", city: "宣城市", district: "宁国市", level: "county", docType: "预算报告", year: 2024, date: "2024-02-18"},
	},
	{
		"a county's budget disclosure headed with its place and year (岳阳县2024年预算信息公开) is a budget report (a guard)", "r235_18_banner_a06_county_yusuan_xxgk.txt",
		"岳阳县财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n岳阳县2024年预算信息公开\n发布时间：2024-02-05  来源：岳阳县财政局  【字体：大 中 小】\n岳阳县2024年一般公共预算收入安排30.5亿元，支出安排52.1亿元。\n附件：1.岳阳县2024年一般公共预算收支表\n【打印本页】 【关闭窗口】\n版权所有：岳阳县财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "岳阳县2024年预算信息公开", province: "湖南省", city: "岳阳市", district: "岳阳县", level: "county", docType: "预算报告", year: 2024, date: "2024-02-05"},
	},
	{
		"a unit's name alone over its accounts' title that opens on the year (达州市园林绿化管理处 / 2015年部门决算编制的说明) makes the title and places it (round 230)", "r235_19_organ_over_accounts_title.txt",
		"达州市园林绿化管理处\n2015年部门决算编制的说明\n按照决算管理有关规定,部门决算编报内容包括预算单位的全部收支情况。\n一、基本职能及主要工作\n(-)基本职能\n1、基本职能:负责达州市中心城区城市绿地植物日常管护、公(游)园清扫保洁、园林设施维护;城市献花;部分政府性投资绿化工程建设;履行建设工程配套园林绿化设计方案、砍伐移植城市树木、临时占(租)用公园绿地等行政审批事项的初审;参与建设工程园林绿化竣工验收及园林式单位(小区)的验收;承办园林城市创建相关工作。\n2、我处属公益一类财政拨款的事业单位。截至2015年年末,总人数504人,其中,在职正式职工302人、退休职工202人。\n3、2015年年初预算在职正式职工323人,当年退休19人,辞职2人。\n(二)、2015年取得的主要事业成效\n1.加强日常管护工作\n通过加强日常管护工作,使城区街路行道树、各公(游)园、公共绿地植物生长良好,园林原貌整洁有序。截止目前,各类管理工作累计情况为:修剪乔木14827株、绿篱及色块植物47.67万㎡;冲尘出动洒水车1203车次、用水量17614吨;实施人工棒肥880株、全水溶性复合肥4吨;采取树干钻孔和叶面喷施病虫害防治绿地树木12531株、绿篱及草坪18.33万㎡。\n2.积极开展抗旱保苗工作\n除城区责任范围外,今年还承担了金龙大道(长田坝隧道至金龙大桥段)夏季高温时段的抗旱保苗工作,采取人员轮休、每天三班倒方式进行。此项工作累计出动洒水车625车次,出动抗旱人员475人次,有效地控制了旱情,确保城区园林植物长势良好。\n3.适时做好绿化补植工作\n2015年春秋两季开展了绿化补植,一季度主要在人民公园、金龙大道南延线栽植乔灌木1695株以及麦冬8000余㎡。四季度在各公、游园补植灌木24317株,麦冬24000斤,草坪600㎡。\n",
		trapWant{title: "达州市园林绿化管理处2015年部门决算编制的说明", province: "四川省", city: "达州市", district: "", level: "city", docType: "预算报告", year: 0, date: ""},
	},
	{
		"a unit's budget explained (2025年单位预算情况说明) is a budget report; the finance bureau's name over it, which publishes the departments' budgets, is not joined into its title (round 229)", "r235_20_unit_budget_explained.txt",
		"重庆市铜梁区财政局\n2025年单位预算情况说明\n一、单位基本情况\n(一)职能职责\n主要职能是:贯彻执行财税法律法规、规章和方针政策;起草全区财务会计和非贸易外汇收支管理等方面的有关政策和管理制度并组织实施;拟订和执行财政分配政策和分级财政管理体制;拟订全区财政发展战略和中长期规划;指导全区财政工作;管理全区财政收支,负责编制年度预决算草案,组织执行年度预算;组织执行国库管理制度、国库集中收付制度;组织实施政府采购制度;负责办理和监督财政的经济发展支出、区级政府性投资项目的财政拨款;会同有关部门管理区级财政社会保障和就业及医疗卫生支出;负责监督检查财税法律法规、政策的执行情况,查处违反财经法纪的行为,对财政支出项目开展绩效评价;负责政府性债务政策研究及管理工作,负责政府性债务的统计、分析、评价、预警工作,防范和化解债务风险。\n(二)单位构成\n重庆市铜梁区财政局为区政府工作部门,内设办公室、预算科、债务管理科、国库科、综合会计法规科、行政经济建设科、产业发展科、农业和基层财政科、社会保障科、政府采购管理科、政法教科文科11个职能科室。\n二、单位收支总体情况\n(一)收入预算\n2025年年初预算数5941.79万元,其中:一般公共预算拨款5941.79万元,政府性基金预算拨款0万元,国有资本经营预算收入0万元,事业收入0万元,事业单位经营收入0万元,其他收入0万元。收入较2024年减少844.18万元,主要是农林水支出经费拨款减少1042万元,一般公共服务支出经费拨款增加207.93万元,社会保障和就业支出经费拨款减少3.53万元,卫生健康支出经费拨款减少2.95万元,住房保障支出经费拨款减少3.62万元。\n(二)支出预算\n",
		trapWant{title: "2025年单位预算情况说明", province: "重庆市", city: "重庆市", district: "铜梁区", level: "county", docType: "预算报告", year: 0, date: ""},
	},
	{
		"a finance office's explanation of how the year's budget was compiled (…关于2025年财政预算编制情况的说明) is a budget report (round 230)", "r235_21_budget_compiled_explained.txt",
		"索引号 : 000014349/2025-14281 文 号 : 无\n主题分类: 政务公开 发文单位: 咸宁高新区财金局\n名 称: 咸宁高新区财金局关于2025年财政预算编制情况的说明 发布日期: 2025年06月05日\n有效性: 有效 发文日期: 2025-06-06\n一、2025年预算编制重点\n根据中央、省市有关“三保”支出保障要求,高新区2025年预算进一步强化过紧日子,优化支出次序,调整支出结构,在优先足额保障“三保”支出的同时,大力扶持企业发展,充分发挥财政的资源配置职能,为高新区高质量发展提供强有力的财政保障。\n(一)全面落实零基预算。一是有定额标准的严格按照标准编制,优先 “保工资、保运转、保基本民生”。工资、津补贴或绩效工资等人员经费按人社部门批复标准据实预算,养老保险、住房公积金、医保资金、工伤保险及失业保险预算按上级政策安排。公用经费严格比照同级部门标准编列,运转类项目标准提高的,原则上通过优化部门支出结构,在部门既有预算中调整解决。二是规范项目支出编报,坚持项目“零基预算”原则。进一步清理、规范和整合项目支出,规范项目编报。牢固树立过紧日子的思想,坚持量入为出,量力而行。所有项目支出按“零基预算”的原则由项目需求单位在系统中进行申报,同时所有项目均申报绩效目标,全面落实绩效评价。\n",
		trapWant{title: "咸宁高新区财金局关于2025年财政预算编制情况的说明", province: "湖北省", city: "咸宁市", district: "咸宁高新区", level: "county", docType: "预算报告", year: 2025, date: "2025-06-06"},
	},
	{
		"a printed work report whose opening counts arrests the procuratorate approved (依法批准逮捕涉黑涉恶犯罪嫌疑人12人) stays the work report (review AL of a draft)", "r235_22_printed_p12_wr_pizhun_daibu_opening.txt",
		"平江县融媒体中心\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 两会专题\n发布时间：2024-01-13  来源：平江县融媒体中心  【字体：大 中 小】\n1月12日，县十八届人大四次会议开幕，县长李明代表县人民政府作了政府工作报告。特将该报告摘登如下：\n一、2023年工作回顾\n过去一年，我们坚持稳中求进，全县地区生产总值增长5.6%。平安平江建设深入推进，常态化开展扫黑除恶斗争，依法批准逮捕涉黑涉恶犯罪嫌疑人12人，社会大局和谐稳定。\n二、2024年工作安排\n我们将坚持稳中求进。\n【打印本页】 【关闭窗口】\n版权所有：平江县融媒体中心  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-13"},
	},
	{
		"a lead naming the plan report the congress reviewed in writing after the work report (…书面审议了…计划草案的报告。特将该报告摘登如下) prints the work report (review AL of a draft)", "r235_23_printed_p18_plan_last_wr_summary.txt",
		"平江县融媒体中心\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 两会专题\n发布时间：2024-01-13  来源：平江县融媒体中心  【字体：大 中 小】\n1月12日，县十八届人大四次会议开幕。会议听取了县长李明所作的政府工作报告，书面审议了县人民政府关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告。特将该报告摘登如下：\n一、2023年工作回顾\n过去一年，全县地区生产总值增长5.6%，一般公共预算收入增长6.1%。\n二、2024年工作安排\n今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n【打印本页】 【关闭窗口】\n版权所有：平江县融媒体中心  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-13"},
	},
	{
		"a finance bureau's own budget disclosed under its name and year (澧县财政局2024年预算信息公开) is a budget report (review AL of a draft)", "r235_24_dbudget_b08_caizhengju_yusuan_xxgk.txt",
		"澧县财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n澧县财政局2024年预算信息公开\n发布时间：2024-02-25  来源：澧县财政局  【字体：大 中 小】\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n2024年收入预算总额1256.3万元，支出预算总额1256.3万元。\n【打印本页】 【关闭窗口】\n版权所有：澧县财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "澧县财政局2024年预算信息公开", province: "湖南省", city: "常德市", district: "澧县", level: "county", docType: "预算报告", year: 2024, date: "2024-02-25"},
	},
	{
		"a town's budget disclosed under its name and year (澧县城头山镇2024年预算信息公开) is a budget report (review AL of a draft)", "r235_25_dbudget_b16_xiang_xxgk.txt",
		"澧县人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n澧县城头山镇2024年预算信息公开\n发布时间：2024-02-25  来源：澧县人民政府  【字体：大 中 小】\n一、2024年镇级一般公共预算收支情况\n2024年全镇一般公共预算收入预计完成3500万元。\n【打印本页】 【关闭窗口】\n版权所有：澧县人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "澧县城头山镇2024年预算信息公开", province: "湖南省", city: "常德市", district: "澧县", level: "county", docType: "预算报告", year: 2024, date: "2024-02-25"},
	},
	{
		"a subdistrict's budget disclosed under its name and year (…澧阳街道2024年预算信息公开) is a budget report (review AL of a draft)", "r235_26_dbudget_b21_jiedao_xxgk.txt",
		"澧县人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n澧县澧阳街道2024年预算信息公开\n发布时间：2024-02-25  来源：澧县人民政府  【字体：大 中 小】\n一、2024年街道一般公共预算收支情况\n2024年街道一般公共预算收入预计完成2600万元。\n【打印本页】 【关闭窗口】\n版权所有：澧县人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "澧县澧阳街道2024年预算信息公开", province: "湖南省", city: "常德市", district: "澧县", level: "county", docType: "预算报告", year: 2024, date: "2024-02-25"},
	},
	{
		"a town government's budget disclosed under its name and year (…城头山镇人民政府2024年预算信息公开) is a budget report (review AL of a draft)", "r235_27_dbudget_b22_zhenzf_xxgk.txt",
		"澧县人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n澧县城头山镇人民政府2024年预算信息公开\n发布时间：2024-02-25  来源：澧县人民政府  【字体：大 中 小】\n一、2024年镇级一般公共预算收支情况\n2024年全镇一般公共预算收入预计完成3500万元。\n【打印本页】 【关闭窗口】\n版权所有：澧县人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "澧县城头山镇人民政府2024年预算信息公开", province: "湖南省", city: "常德市", district: "澧县", level: "county", docType: "预算报告", year: 2024, date: "2024-02-25"},
	},
	{
		"a finance bureau's notice whose unnumbered parts run on (总体要求：按照… / 报送要求：…) is a guide, not a department's budget, though it lists the forms' parts (review AL of a draft)", "r235_28_guide_g04_guide_bare_runon.txt",
		"勉县财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 通知公告\n发布时间：2024-01-20  来源：勉县财政局  【字体：大 中 小】\n各预算单位：\n总体要求：按照《预算法》和省市有关要求，全面公开部门预算。\n公开内容：部门预算公开文本包括：\n第一部分 部门概况\n第二部分 2024年度部门预算表\n第三部分 2024年度部门预算情况说明\n报送要求：请各单位于2月10日前在门户网站公开。\n【打印本页】 【关闭窗口】\n版权所有：勉县财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "陕西省", city: "汉中市", district: "勉县", level: "county", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"a notice asking units to send their budget's explanation (关于报送2025年单位预算情况说明) is no budget (review AL of a draft)", "r235_29_dbudget_b18_baosong_danwei.txt",
		"宁国市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 通知公告\n关于报送2025年单位预算情况说明\n发布时间：2025-01-10  来源：宁国市财政局  【字体：大 中 小】\n各预算单位：\n请于1月20日前将本单位2025年单位预算情况说明报送市财政局预算科。\n宁国市财政局\n2025年1月10日\n【打印本页】 【关闭窗口】\n版权所有：宁国市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "关于报送2025年单位预算情况说明", province: "安徽省", city: "宣城市", district: "宁国市", level: "county", docType: "其他", year: 2025, date: "2025-01-10"},
	},
	{
		"a story headline on organising the units' budget explanations (…组织开展2025年单位预算情况说明) is no budget (review AL of a draft)", "r235_30_dbudget_b14_danwei_shuoming_story.txt",
		"宁国市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 工作动态\n宁国市财政局组织开展2025年单位预算情况说明\n发布时间：2025-02-10  来源：宁国市财政局  【字体：大 中 小】\n为做好单位预算公开工作，市财政局组织各单位编写单位预算情况说明。\n【打印本页】 【关闭窗口】\n版权所有：宁国市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "宁国市财政局组织开展2025年单位预算情况说明", province: "安徽省", city: "宣城市", district: "宁国市", level: "county", docType: "其他", year: 2025, date: "2025-02-10"},
	},
	{
		"an office's name over a story headline that opens on the year (2024年部门预算执行情况审计工作启动) is not joined, and the story is no budget (review AL)", "r235_32_organ_r10_story_under_organ.txt",
		"部门预决算公开\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n勉县审计局\n2024年部门预算执行情况审计工作启动\n发布时间：2024-06-20\n6月18日，县审计局召开会议，部署2024年部门预算执行情况审计工作。\n【打印本页】 【关闭窗口】\n版权所有  技术支持：信息中心\n",
		trapWant{title: "2024年部门预算执行情况审计工作启动", province: "陕西省", city: "汉中市", district: "勉县", level: "county", docType: "其他", year: 2024, date: "2024-06-20"},
	},
	{
		"an office's name over a story headline on the accounts' disclosure done (2023年部门决算公开工作圆满完成) is not joined, and the story is no budget (review AL)", "r235_33_organ_r15_story_done.txt",
		"勉县财政局\n2023年部门决算公开工作圆满完成\n发布时间：2024-09-20\n截至9月15日，全县78家预算单位已全部在县政府门户网站公开2023年部门决算。\n【打印本页】 【关闭窗口】\n",
		trapWant{title: "2023年部门决算公开工作圆满完成", province: "陕西省", city: "汉中市", district: "勉县", level: "county", docType: "其他", year: 2024, date: "2024-09-20"},
	},
	{
		"an audit office's name over its audit notice that opens on the year (2023年部门预算执行审计结果公告) is not joined (review AL of a draft)", "r235_34_organ_r18_shenji_over_audit.txt",
		"勉县审计局\n2023年部门预算执行审计结果公告\n发布时间：2024-07-20\n根据《审计法》规定，县审计局对县教育局2023年部门预算执行情况进行了审计。现将审计结果公告如下：\n一、基本情况\n【打印本页】 【关闭窗口】\n",
		trapWant{title: "2023年部门预算执行审计结果公告", province: "陕西省", city: "汉中市", district: "勉县", level: "county", docType: "其他", year: 2024, date: "2024-07-20"},
	},
	{
		"a story headline on a city completing its budgets' disclosure (达州市高质量完成部门预算信息公开) is no budget (review AL)", "r235_35_dbudget_b26_story_xxgk_city.txt",
		"达州市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 工作动态\n达州市高质量完成部门预算信息公开\n发布时间：2024-03-20  来源：达州市财政局  【字体：大 中 小】\n近日，市财政局组织市级各部门在规定时限内完成2024年部门预算公开。\n【打印本页】 【关闭窗口】\n版权所有：达州市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "达州市高质量完成部门预算信息公开", province: "四川省", city: "达州市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-03-20"},
	},
	{
		"a story headline on pushing the budgets' disclosure (…推进部门预算信息公开) is no budget (review AL)", "r235_36_dbudget_b04_story_tuijin.txt",
		"宁国市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 工作动态\n宁国市财政局扎实推进部门预算信息公开\n发布时间：2024-03-12  来源：宁国市财政局  【字体：大 中 小】\n近日，市财政局采取多项措施，督促各预算单位在规定时间内公开部门预算。\n截至目前，全市87家预算单位已全部完成公开。\n【打印本页】 【关闭窗口】\n版权所有：宁国市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "宁国市财政局扎实推进部门预算信息公开", province: "安徽省", city: "宣城市", district: "宁国市", level: "county", docType: "其他", year: 2024, date: "2024-03-12"},
	},
	{
		"a notice titled on the budgets' disclosure (关于2024年部门预算信息公开) is no budget (review AL)", "r235_37_dbudget_b15_guanyu_xxgk.txt",
		"宁国市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 通知公告\n关于2024年部门预算信息公开\n发布时间：2024-02-28  来源：宁国市财政局  【字体：大 中 小】\n各预算单位：\n根据《预算法》规定，请各单位于3月5日前完成2024年部门预算信息公开。\n宁国市财政局\n2024年2月28日\n【打印本页】 【关闭窗口】\n版权所有：宁国市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "关于2024年部门预算信息公开", province: "安徽省", city: "宣城市", district: "宁国市", level: "county", docType: "其他", year: 2024, date: "2024-02-28"},
	},
	{
		"a provincial department's budget (湖南省教育厅2024年部门预算) is a budget report (review AL)", "r235_38_dbudget_b23_ting_budget.txt",
		"湖南省教育厅\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n湖南省教育厅2024年部门预算\n发布时间：2024-02-20  来源：湖南省教育厅  【字体：大 中 小】\n一、部门基本情况\n（一）部门职责\n（二）机构设置\n二、收支预算总体情况\n2024年收入预算总额1256.3万元，支出预算总额1256.3万元。\n【打印本页】 【关闭窗口】\n版权所有：湖南省教育厅  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "湖南省教育厅2024年部门预算", province: "湖南省", city: "", district: "", level: "province", docType: "预算报告", year: 2024, date: "2024-02-20"},
	},
	{
		"a story headline on the audit of the budgets' execution starting (2024年部门预算执行情况审计工作启动) is no budget (review AL)", "r235_39_organ_r13_site_story.txt",
		"勉县审计局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 工作动态\n2024年部门预算执行情况审计工作启动\n发布时间：2024-06-20  来源：勉县审计局  【字体：大 中 小】\n6月18日，县审计局召开会议，部署2024年部门预算执行情况审计工作。\n【打印本页】 【关闭窗口】\n版权所有：勉县审计局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "2024年部门预算执行情况审计工作启动", province: "陕西省", city: "汉中市", district: "勉县", level: "county", docType: "其他", year: 2024, date: "2024-06-20"},
	},
	{
		"a detention centre's budget (汉中市公安局看守所2024年部门预算) is a department's budget, its 看 no story's word (review AI: a regression of meta-290)", "r234_01_dept_a01_kanshousuo_city.txt",
		"汉中市公安局看守所\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 财政信息 > 部门预算\n汉中市公安局看守所2024年部门预算\n发布时间：2024-02-26  来源：汉中市公安局看守所  【字体：大 中 小】\n一、部门主要职责\n二、部门预算单位构成\n三、2024年部门预算收支情况\n2024年收入预算总计412.6万元，其中一般公共预算拨款412.6万元。\n四、一般公共预算“三公”经费支出情况\n【打印本页】 【关闭窗口】\n版权所有：汉中市公安局看守所  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "汉中市公安局看守所2024年部门预算", province: "陕西省", city: "汉中市", district: "", level: "city", docType: "预算报告", year: 2024, date: "2024-02-26"},
	},
	{
		"a paper printing the work report its lead names stays the work report though the report supports the courts (支持法院、检察院依法独立公正行使审判权) (review AI: a regression of meta-290)", "r234_02_printed_p01_fayuan_in_text.txt",
		"武功县融媒体中心\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 两会专题\n发布时间：2024-01-15  来源：武功县融媒体中心  【字体：大 中 小】\n1月12日，武功县第十八届人民代表大会第四次会议开幕，县长代表县人民政府作了政府工作报告。特将该报告摘登如下。\n一、2023年工作回顾\n过去一年，我们坚持稳中求进工作总基调，全县生产总值增长5.8%。\n坚持依法行政，自觉接受县人大及其常委会的法律监督，支持法院、检察院依法独立公正行使审判权、检察权。\n二、2024年工作安排\n【打印本页】 【关闭窗口】\n版权所有：武功县融媒体中心  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "陕西省", city: "咸阳市", district: "武功县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-15"},
	},
	{
		"a printed work report that names the court's new building (县人民法院审判综合楼建成投用) stays the work report (review AI: a regression of meta-290)", "r234_03_printed_p02_jianchayuan_build.txt",
		"乾县融媒体中心\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 两会专题\n发布时间：2024-01-16  来源：乾县融媒体中心  【字体：大 中 小】\n1月14日，乾县第十八届人民代表大会第四次会议开幕，县长代表县人民政府作了政府工作报告。特将该报告摘登如下。\n一、2023年工作回顾\n过去一年，我们全力以赴稳增长，县人民法院审判综合楼建成投用，全县生产总值增长6.1%。\n二、2024年工作安排\n今年全县经济社会发展的主要预期目标是：生产总值增长6%左右。\n【打印本页】 【关闭窗口】\n版权所有：乾县融媒体中心  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "陕西省", city: "咸阳市", district: "乾县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-16"},
	},
	{
		"a work report under a run-on salutation that hires a third party (委托第三方机构) stays a work report (review AI: a regression of meta-290)", "r234_04_salut_s01_weituo_third_party.txt",
		"淳化县人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政府工作报告\n发布时间：2022-01-10  来源：淳化县人民政府  【字体：大 中 小】\n各位代表：刚刚过去的2021年，是本届政府的收官之年。一年来，县政府在县委的坚强领导下，团结带领全县人民攻坚克难。\n这一年，我们坚持稳进提质，全县生产总值增长8.5%。我们深化“放管服”改革，委托第三方机构开展营商环境评价。\n二、2022年工作安排\n【打印本页】 【关闭窗口】\n版权所有：淳化县人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "陕西省", city: "咸阳市", district: "淳化县", level: "county", docType: "政府工作报告", year: 2022, date: "2022-01-10"},
	},
	{
		"a work report under a run-on salutation on land entrusted for transfer (土地经营权委托流转) stays a work report (review AI: a regression of meta-290)", "r234_05_salut_s05_weituo_tudi.txt",
		"长武县人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政府工作报告\n发布时间：2022-01-11  来源：长武县人民政府  【字体：大 中 小】\n各位代表：刚刚过去的2021年，是本届政府的收官之年。\n这一年，我们推进农村土地经营权委托流转，新增流转面积1.2万亩。我们坚持民生优先，办好十件民生实事。\n二、2022年工作安排\n【打印本页】 【关闭窗口】\n版权所有：长武县人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "陕西省", city: "咸阳市", district: "长武县", level: "county", docType: "政府工作报告", year: 2022, date: "2022-01-11"},
	},
	{
		"a department's final accounts whose own text follows a 总体要求 (按照乡村振兴总体要求…) is no compiling guide (review AI: a regression of meta-290)", "r234_06_parts_c02_zongtiyaoqiu_body.txt",
		"宁强县农业农村局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n发布时间：2024-09-12  来源：宁强县农业农村局  【字体：大 中 小】\n目录\n第一部分 部门概况\n第二部分 2023年度部门决算表\n第三部分 2023年度部门决算情况说明\n第一部分 部门概况\n一、主要职责\n按照乡村振兴总体要求，负责全县农业农村发展规划的拟订和实施。\n二、机构设置\n【打印本页】 【关闭窗口】\n版权所有：宁强县农业农村局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "陕西省", city: "汉中市", district: "宁强县", level: "county", docType: "预算报告", year: 2024, date: "2024-09-12"},
	},
	{
		"a topic plan drawn up from the county's five-year outline itself (本规划纲要依据《柞水县经济社会发展第十四个五年规划和二〇三五年远景目标纲要》编制) is no five-year outline (review AI: a regression of meta-290)", "r234_07_outline_o05_kexue_suzhi_gewunian.txt",
		"柞水县科学技术协会\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 发展规划\n发布时间：2022-03-10  来源：柞水县科学技术协会  【字体：大 中 小】\n本规划纲要依据《柞水县经济社会发展第十四个五年规划和二〇三五年远景目标纲要》编制，是“十四五”时期全县公民科学素质建设的行动纲领。\n一、指导思想\n二、发展目标\n【打印本页】 【关闭窗口】\n版权所有：柞水县科学技术协会  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "陕西省", city: "商洛市", district: "柞水县", level: "county", docType: "其他", year: 2022, date: "2022-03-10"},
	},
	{
		"a county of two characters' instructions for compiling its departments' budgets (勉县2025年县级部门预算编制说明) are no budget (review AI)", "r234_08_instr_i09_two_char_county.txt",
		"勉县财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 财政信息 > 预算管理\n勉县2025年县级部门预算编制说明\n发布时间：2024-10-15  来源：勉县财政局  【字体：大 中 小】\n一、指导思想\n2025年部门预算编制要坚持“过紧日子”思想，各部门要严格按照本说明要求编制部门预算。\n二、编制原则\n三、报送要求\n各部门须于2024年11月30日前将部门预算草案报送财政局。\n【打印本页】 【关闭窗口】\n版权所有：勉县财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "勉县2025年县级部门预算编制说明", province: "陕西省", city: "汉中市", district: "勉县", level: "county", docType: "其他", year: 2024, date: "2024-10-15"},
	},
	{
		"a city government's instructions for compiling its departments' budgets (汉中市人民政府2025年市级部门预算编制说明) are no budget (review AI)", "r234_09_instr_i07_gov_prefix.txt",
		"汉中市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 财政信息 > 预算管理\n汉中市人民政府2025年市级部门预算编制说明\n发布时间：2024-10-15  来源：汉中市人民政府  【字体：大 中 小】\n一、指导思想\n2025年部门预算编制要坚持“过紧日子”思想，各部门要严格按照本说明要求编制部门预算。\n二、编制原则\n三、报送要求\n各部门须于2024年11月30日前将部门预算草案报送财政局。\n【打印本页】 【关闭窗口】\n版权所有：汉中市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "汉中市人民政府2025年市级部门预算编制说明", province: "陕西省", city: "汉中市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-10-15"},
	},
	{
		"a research society's budget (汉中市汉文化研究会2024年部门预算) is a department's budget, its 研究 no story's word (review AI)", "r234_10_dept_a09_yanjiuhui.txt",
		"汉中市汉文化研究会\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 财政信息 > 部门预算\n汉中市汉文化研究会2024年部门预算\n发布时间：2024-02-23  来源：汉中市汉文化研究会  【字体：大 中 小】\n一、部门主要职责\n二、部门预算单位构成\n三、2024年部门预算收支情况\n2024年收入预算总计412.6万元，其中一般公共预算拨款412.6万元。\n四、一般公共预算“三公”经费支出情况\n【打印本页】 【关闭窗口】\n版权所有：汉中市汉文化研究会  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "汉中市汉文化研究会2024年部门预算", province: "陕西省", city: "汉中市", district: "", level: "city", docType: "预算报告", year: 2024, date: "2024-02-23"},
	},
	{
		"a paper that prints the report's main contents (特将报告主要内容摘登如下) prints the report its lead names (review AI)", "r234_11_printed_p05_zhuyao_neirong.txt",
		"三原县融媒体中心\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 两会专题\n发布时间：2024-01-18  来源：三原县融媒体中心  【字体：大 中 小】\n1月16日，三原县第十八届人民代表大会第四次会议开幕，县长代表县人民政府作了政府工作报告。特将报告主要内容摘登如下。\n一、2023年工作回顾\n过去一年，我们坚持项目为王，全县生产总值增长5.2%。\n二、2024年工作安排\n【打印本页】 【关闭窗口】\n版权所有：三原县融媒体中心  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "陕西省", city: "咸阳市", district: "三原县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-18"},
	},
	{
		"a paper that prints the report whole (特将该报告全文刊载如下) prints the report its lead names (review AI)", "r234_12_printed_p06_kanzai.txt",
		"永寿县融媒体中心\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 两会专题\n发布时间：2024-01-18  来源：永寿县融媒体中心  【字体：大 中 小】\n1月16日，永寿县第十八届人民代表大会第四次会议开幕，县长代表县人民政府作了政府工作报告。特将该报告全文刊载如下。\n一、2023年工作回顾\n过去一年，我们坚持项目为王，全县生产总值增长5.2%。\n二、2024年工作安排\n【打印本页】 【关闭窗口】\n版权所有：永寿县融媒体中心  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "陕西省", city: "咸阳市", district: "永寿县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-18"},
	},
	{
		"a subdistrict's party committee and office presenting their work (我代表南京东路街道党工委、街道办向大会作工作报告) make a work report of its district (review AI)", "r234_13_street_w03_jiedaoban_short.txt",
		"南京东路街道\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 工作报告\n发布时间：2024-01-10  来源：南京东路街道  【字体：大 中 小】\n各位代表：\n现在，我代表南京东路街道党工委、街道办向大会作工作报告，请予审议。\n一、2023年工作回顾\n2023年，街道坚持党建引领，辖区经济稳中有进，完成税收8.3亿元。\n二、2024年工作安排\n【打印本页】 【关闭窗口】\n版权所有：南京东路街道  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "上海市", city: "上海市", district: "黄浦区", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-10"},
	},
	{
		"a subdistrict's office and party committee presenting their work in that order (我代表塘桥街道办事处、塘桥街道党工委) make a work report of its district (review AI)", "r234_14_street_w04_reverse_order.txt",
		"塘桥街道\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 工作报告\n发布时间：2024-01-10  来源：塘桥街道  【字体：大 中 小】\n各位代表：\n现在，我代表塘桥街道办事处、塘桥街道党工委向大会作工作报告，请予审议。\n一、2023年工作回顾\n2023年，街道坚持党建引领，辖区经济稳中有进，完成税收8.3亿元。\n二、2024年工作安排\n【打印本页】 【关闭窗口】\n版权所有：塘桥街道  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "上海市", city: "上海市", district: "浦东新区", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-10"},
	},
	{
		"a town's party committee and government presenting their work (我代表临浦镇党委、镇人民政府) make a work report of its county (review AI)", "r234_15_street_w08_town_party_gov.txt",
		"临浦镇\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 工作报告\n发布时间：2024-01-09  来源：临浦镇  【字体：大 中 小】\n各位代表：\n现在，我代表临浦镇党委、镇人民政府向大会作工作报告，请予审议。\n一、2023年工作回顾\n2023年，街道坚持党建引领，辖区经济稳中有进，完成税收8.3亿元。\n二、2024年工作安排\n【打印本页】 【关闭窗口】\n版权所有：临浦镇  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "浙江省", city: "杭州市", district: "萧山区", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-09"},
	},
	{
		"a download's label after the title (【附下载】) is no part of it (review AI)", "r234_16_deco_t05_fu_xiazai_bracket.txt",
		"汉中市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政府工作报告\n2024年汉中市政府工作报告【附下载】\n发布时间：2024-01-20  来源：汉中市人民政府  【字体：大 中 小】\n——2024年1月15日在汉中市第五届人民代表大会第四次会议上\n汉中市人民政府市长 王明\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n【打印本页】 【关闭窗口】\n版权所有：汉中市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "2024年汉中市政府工作报告", province: "陕西省", city: "汉中市", district: "", level: "city", docType: "政府工作报告", year: 2024, date: "2024-01-15"},
	},
	{
		"a department's accounts that open on their first part (第一部分 部门单位概况) have no headline and are typed by their parts (round 228)", "r234_17_part_heading_not_headline.txt",
		"第一部分 部门单位概况\n一、主要职能\n二、机构设置及人员情况\n第二部分 部门决算情况说明\n一、收入支出决算总体情况说明\n二、收入决算情况说明\n三、支出决算情况说明\n四、财政拨款收入支出决算总体情况说明\n五、一般公共预算财政拨款支出决算情况说明\n六、一般公共预算财政拨款基本支出决算情况说明\n七、一般公共预算财政拨款“三公”经费支出决算情况说明\n八、政府性基金预算财政拨款收入支出决算情况说明\n九、国有资本经营预算财政拨款收入支出决算情况说明\n十、其他重要事项的情况说明\n(一)机关运行经费支出情况\n(二)政府采购情况\n(三)国有资产占用情况说明\n十一、预算绩效的情况说明\n第三部分 专业名词解释\n第四部分 部门决算报表(见附表)\n一、《收入支出决算总表》\n二、《收入决算表》\n三、《支出决算表》\n四、《财政拨款收入支出决算总表》\n五、《一般公共预算财政拨款支出决算表》\n六、《一般公共预算财政拨款基本支出决算表》\n七、《一般公共预算财政拨款“三公”经费支出决算表》\n八、《政府性基金预算财政拨款收入支出决算表》\n九、《国有资本经营预算财政拨款收入支出决算表》\n第一部分 部门单位概况\n一、主要职能\n1.根据自治州国民经济和社会发展战略,拟订自治州财政发展战略、中长期财政规划和改革方案并组织实施;分析预测宏观经济形势,参与制定宏观经济政策,提出运用财税政策实施宏观经济调控和综合平衡社会财力的建议;拟订自治州与各县(市)、财政与企业的分配政策,制定调节收入分配的财税政策,完善促进社会事业发展的财税政策。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "预算报告", year: 0, date: ""},
	},
	{
		"a site's disclosure banner (廣東省人民政府辦公廳政府信息公開) is no headline over the report's own title (round 228)", "r234_18_disclosure_banner.txt",
		"\n           無(wú)障礙    長(cháng)者助手 我的收藏   收藏\n          政府信息公開(kāi) 規章庫\n\n          廣東省人民政府辦公廳政府信息公開(kāi)\n\n          索引號: 006939748/2024-00029 分類(lèi):\n          發(fā)布機構: 廣東省人民政府 成文日期: 2024-01-27\n          名稱(chēng): 2024年1月23日廣東省省長(cháng)王偉中在廣東省第十四屆人民代表大會(huì )第二次會(huì )議上作政府工作報告\n          文號: 發(fā)布日期: 2024-01-27\n          主題詞:\n          【打印】 【字體:    \n\n          2024年1月23日廣東省省長(cháng)王偉中在廣東省第十四屆人民代表大會(huì )第二次會(huì )議上作政府工作報告\n\n          發(fā)布日期:2024-01-27  瀏覽次數:-\n\n          政府工作報告\n\n          ——2024年1月23日在廣東省第十四屆\n\n          人民代表大會(huì )第二次會(huì )議上\n\n          廣東省省長(cháng) 王偉中\n\n            \n\n          各位代表:\n\n            現在,我代表省人民政府,向大會(huì )報告工作,請予審議,并請各位政協(xié)委員和其他列席人員提出意見(jiàn)。\n\n            一、2023年工作回顧\n\n",
		trapWant{title: "政府工作报告", province: "广东省", city: "", district: "", level: "province", docType: "政府工作报告", year: 2024, date: "2024-01-23"},
	},
	{
		"a subdistrict's report to its community's congress (天山路街道第五届社区代表大会第一次会议工作报告) is a work report (round 228)", "r234_19_community_congress_title.txt",
		"天山路街道第五届社区代表大会第一次会议工作报告\n发布日期:2019年07月12日\n一、2018年工作回顾\n2018年,我们在区委、区政府的坚强领导下,紧紧围绕区决策部署,突出抓好非成套房屋改造惠民项目实施、城市管理精细化水平提升、区域营商环境优化等重点工作,圆满完成全年目标任务。\n(一)扎实推进城市更新,环境品质再上新台阶\n天山街道是长宁区房屋改造主阵地,共19.1万平方米、92幢房屋,涉及5000余户居民家庭。\n",
		trapWant{title: "天山路街道第五届社区代表大会第一次会议工作报告", province: "上海市", city: "上海市", district: "长宁区", level: "county", docType: "政府工作报告", year: 2019, date: "2019-07-12"},
	},
	{
		"a headline on a district completing its accounts' disclosure (嘉定区完成2016年部门决算公开工作) is a story, no budget (round 228)", "r234_20_budget_work_done_story.txt",
		"嘉定区完成2016年部门决算公开工作\n发布时间:2017-09-05 来源:区财政局\n近日,嘉定区各预算单位在区政府门户网站集中公开了2016年度部门决算,公开内容包括部门决算报表和情况说明。\n区财政局表示,下一步将继续加大预决算公开工作力度,接受社会监督。\n",
		trapWant{title: "嘉定区完成2016年部门决算公开工作", province: "上海市", city: "上海市", district: "嘉定区", level: "county", docType: "其他", year: 2017, date: "2017-09-05"},
	},
	{
		"a unit presenting its own final accounts (现将我单位2015年度部门决算说明如下) is a budget report (round 228)", "r234_21_own_accounts_below.txt",
		"按照《中华人民共和国预算法》以及《思明区财政局关于2015年度部门决算批复的通知》,现将我单位2015年度部门决算说明如下:\n一、部门主要职责\n厦门市思明区教育局是主管思明区教育事业和语言文字工作的政府部门,主要职责是贯彻执行党和国家教育各项方针,编制并组织实施全区教育事业发展规划,合理调整学校布局,统筹、监督教育经费的筹措和使用,检查、实施各类学校办学标准,指导教育改革,加强德育、智育、体育卫生、美育和国防教育工作,统筹规划教师和管理干部队伍建设,负责组织中等、高等学校招生考试和教育行政审批,贯彻执行国家语言文字工作方针政策。\n二、部门预算单位基本情况\n厦门市思明区教育局(汇总)部门包括6个机关行政处室及95个下属单位,其中:列入2015年部门决算编制范围的单位详细情况见下表:\n单位 |\n经费性质 |\n编制人数 |\n实有人数 |\n厦门市思明区教育局(本级) |\n全额拨款 |\n16 |\n15 |\n厦门市思明区社区教育指导服务中心 |\n全额拨款 |\n27 |\n26 |\n厦门市思明区教师进修学校 |\n全额拨款 |\n45 |\n43 |\n厦门市思明区青少年宫 |\n全额拨款 |\n26 |\n26 |\n厦门市思明区青少年业余体育学校 |\n全额拨款 |\n12 |\n12 |\n厦门市思明区观音山音乐学校 |\n全额拨款 |\n169 |\n169 |\n厦门市思明区人民政府教育督导室 |\n全额拨款 |\n12 |\n8 |\n厦门市思明区教育局会计核算中心 |\n全额拨款 |\n13 |\n10 |\n厦门市思明区教育事务管理中心 |\n全额拨款 |\n23 |\n17 |\n厦门市思明区特殊教育学校 |\n全额拨款 |\n32 |\n32 |\n厦门外国语学校附属小学 |\n全额拨款 |\n103 |\n98 |\n厦门第二实验小学 |\n全额拨款 |\n124 |\n110 |\n厦门市槟榔小学 |\n全额拨款 |\n113 |\n112 |\n厦门市大同小学 |\n全额拨款 |\n98 |\n98 |\n厦门市开禾小学 |\n全额拨款 |\n6 |\n6 |\n厦门市故宫小学 |\n全额拨款 |\n4",
		trapWant{title: "", province: "福建省", city: "厦门市", district: "思明区", level: "county", docType: "预算报告", year: 0, date: ""},
	},
	{
		"a page opening on a department's 三公 spending table (一、2016年…“三公”经费决算情况表) is a budget report (round 228)", "r234_22_three_costs_heading.txt",
		"一、2016年一般公共预算财政拨款开支的“三公”经费决算情况表\n(单位:万元)\n项 目\n预算数\n决算数\n合 计\n77.00\n68.30\n二、2016年 “三公”经费财政拨款支出决算情况说明\n宁国市城市管理行政执法局2016年度“三公”经费财政拨款支出决算为68.3万元,完成年初预算的88.7%。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "预算报告", year: 0, date: ""},
	},
	{
		"a department's accounts whose contents' part names it with its place (第一部分:南宁市良庆区土地储备分中心概况) are that district's (round 228)", "r234_23_part_names_organ.txt",
		"目    录\n第一部分:南宁市良庆区土地储备分中心概况\n一、主要职能\n二、部门决算单位构成\n第二部分:南宁市良庆区土地储备分中心2016年部门决算报表\n表一:收入支出决算总表\n第三部分:南宁市良庆区土地储备分中心2016年度部门决算情况说明\n一、2016 年度收入支出决算总体情况。\n第四部分、名词解释。\n第一部分:南宁市良庆区土地储备分中心概况\n一、主要职能\n南宁市良庆区土地储备分中心按照《南宁市良庆区土地储备工作实施暂行办法》的规定,承担土地收购储备工作。\n",
		trapWant{title: "", province: "广西壮族自治区", city: "南宁市", district: "良庆区", level: "county", docType: "预算报告", year: 0, date: ""},
	},
	{
		"a department's accounts headed with their disclosure (黄山区财政局2022年度部门决算信息公开) keep that headline and their type: no site banner (a guard: review AJ of a draft)", "r234_24_banner_a03_dept_accounts_xxgk_title.txt",
		"黄山市黄山区财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n黄山区财政局2022年度部门决算信息公开\n发布时间：2023-09-12  来源：黄山市黄山区财政局  【字体：大 中 小】\n一、部门主要职责\n二、部门决算单位构成\n三、2022年度部门决算收支情况\n2022年度收入总计612.6万元，其中一般公共预算财政拨款收入598.2万元。\n四、一般公共预算财政拨款“三公”经费支出决算情况\n【打印本页】 【关闭窗口】\n版权所有：黄山市黄山区财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "黄山区财政局2022年度部门决算信息公开", province: "安徽省", city: "黄山市", district: "黄山区", level: "county", docType: "预算报告", year: 2023, date: "2023-09-12"},
	},
	{
		"a finance bureau's circular on the county's disclosure (现将我县2022年度部门预算公开情况通报如下) is no department presenting its budget (a guard: review AJ of a draft)", "r234_25_own_d04_tongbao_notitle.txt",
		"岳阳县财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 通知公告 > 财政通报\n发布时间：2022-05-16  来源：岳阳县财政局  【字体：大 中 小】\n各预算单位：\n为推进预算公开工作，县财政局对各部门预算公开情况进行了检查。现将我县2022年度部门预算公开情况通报如下：\n一、总体情况\n全县应公开预算的部门98个，已全部公开。\n【打印本页】 【关闭窗口】\n版权所有：岳阳县财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "湖南省", city: "岳阳市", district: "岳阳县", level: "county", docType: "其他", year: 2022, date: "2022-05-16"},
	},
	{
		"a notice setting out the work on the accounts (现将2023年度部门决算编报工作安排如下) is no department presenting its accounts (a guard: review AJ of a draft)", "r234_26_own_d07_notice_anpai_generic_title.txt",
		"宁国市财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 通知公告\n财政通知\n发布时间：2024-01-05  来源：宁国市财政局  【字体：大 中 小】\n市直各部门：\n根据省财政厅统一部署，现将2023年度部门决算编报工作安排如下：\n一、编报范围\n二、时间安排\n【打印本页】 【关闭窗口】\n版权所有：宁国市财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "安徽省", city: "宣城市", district: "宁国市", level: "county", docType: "其他", year: 2024, date: "2024-01-05"},
	},
	{
		"a compiling guide whose parts run on into their text (第一部分 总体要求：按照… / 第三部分 报送时间及要求) is no department's accounts (a guard: review AJ of a draft)", "r234_27_guide_h08_inline.txt",
		"宁国市财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 通知公告\n发布时间：2024-01-05  来源：宁国市财政局  【字体：大 中 小】\n第一部分 总体要求：按照《预算法》及其实施条例要求，各部门应于2024年2月底前完成部门决算编报。\n第二部分 2023年度部门决算报表\n一、收入支出决算总表（财决01表）\n第三部分 报送时间及要求\n【打印本页】 【关闭窗口】\n版权所有：宁国市财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "安徽省", city: "宣城市", district: "宁国市", level: "county", docType: "其他", year: 2024, date: "2024-01-05"},
	},
	{
		"a paper printing the court's report under a lead that names the work report before it (…审议了县人民法院工作报告。特将该报告摘登如下 / 全县法院共受理…) prints no work report (a guard: review AJ of a draft)", "r234_28_printed_h02_court_text_notitle.txt",
		"岳阳县融媒体中心\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 两会专题\n发布时间：2024-01-12  来源：岳阳县融媒体中心  【字体：大 中 小】\n1月11日，县十八届人大四次会议听取了县长李明所作的政府工作报告，审议了县人民法院工作报告。特将该报告摘登如下：\n一、2023年工作回顾\n2023年，全县法院共受理各类案件8321件，审结8012件，结案率96.3%。审判质效持续提升。\n二、2024年工作安排\n【打印本页】 【关闭窗口】\n版权所有：岳阳县融媒体中心  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "湖南省", city: "岳阳市", district: "岳阳县", level: "county", docType: "其他", year: 2024, date: "2024-01-12"},
	},
	{
		"a province's prison's accounts whose part names it (第一部分:湖南省岳阳监狱概况) are the province's, not the city 岳阳 names (review AJ)", "r234_29_part_f06_yueyang_prison.txt",
		"湖南省岳阳监狱\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 部门决算\n2022年度部门决算\n发布时间：2023-09-20  来源：湖南省岳阳监狱  【字体：大 中 小】\n目录\n第一部分:湖南省岳阳监狱概况\n一、主要职能\n二、部门决算单位构成\n第二部分:湖南省岳阳监狱2022年度部门决算表\n第三部分:湖南省岳阳监狱2022年度部门决算情况说明\n【打印本页】 【关闭窗口】\n版权所有：湖南省岳阳监狱  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "2022年度部门决算", province: "湖南省", city: "", district: "", level: "province", docType: "预算报告", year: 2023, date: "2023-09-20"},
	},
	{
		"a headline on a district completing its accounts' disclosure, an exclamation after it (…部门决算公开工作！), is a story (review AJ)", "r234_30_budgetwork_c03_exclaim.txt",
		"嘉定区人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 部门动态\n嘉定区圆满完成2016年度部门决算公开工作！\n发布时间：2017-08-30  来源：嘉定区人民政府  【字体：大 中 小】\n近日，区财政局按照《上海市预算公开工作规程》要求，组织区级预算部门在区政府门户网站集中公开2016年部门决算。\n（区财政局 供稿）\n【打印本页】 【关闭窗口】\n版权所有：嘉定区人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "嘉定区圆满完成2016年度部门决算公开工作！", province: "上海市", city: "上海市", district: "嘉定区", level: "county", docType: "其他", year: 2017, date: "2017-08-30"},
	},
	{
		"a circular on the departments' budget disclosure (关于2022年度部门预算公开情况的通报) is no budget (review AJ)", "r234_31_own_d03_tongbao.txt",
		"岳阳县财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 通知公告\n关于2022年度部门预算公开情况的通报\n发布时间：2022-05-16  来源：岳阳县财政局  【字体：大 中 小】\n各预算单位：\n为推进预算公开工作，县财政局对各部门2022年度部门预算公开情况进行了检查。现将我县2022年度部门预算公开情况通报如下：\n一、总体情况\n全县应公开预算的部门98个，已全部公开。\n二、存在的问题\n【打印本页】 【关闭窗口】\n版权所有：岳阳县财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "关于2022年度部门预算公开情况的通报", province: "湖南省", city: "岳阳市", district: "岳阳县", level: "county", docType: "其他", year: 2022, date: "2022-05-16"},
	},
	{
		"a page under its site's header that opens on a department's 三公 spending table is a budget report (review AJ)", "r234_32_sangong_e01_ordinary.txt",
		"宁国市城市管理局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 部门决算\n发布时间：2017-09-08  来源：宁国市城市管理局  【字体：大 中 小】\n一、2016年一般公共预算财政拨款开支的“三公”经费决算情况表\n单位：万元\n合计 12.3  因公出国（境）费 0  公务接待费 3.2\n【打印本页】 【关闭窗口】\n版权所有：宁国市城市管理局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "安徽省", city: "宣城市", district: "宁国市", level: "county", docType: "预算报告", year: 2017, date: "2017-09-08"},
	},
	{
		"a download's label after the title (（附表格下载）) is no part of it, and the department's budget is typed so (review AJ)", "r234_33_deco_h20_table_download.txt",
		"宁国市民政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 部门预算\n宁国市民政局2024年部门预算（附表格下载）\n发布时间：2024-02-18  来源：宁国市民政局  【字体：大 中 小】\n一、部门主要职责\n二、部门预算单位构成\n三、2024年部门预算收支情况\n2024年收入预算总计412.6万元，其中一般公共预算拨款412.6万元。\n四、一般公共预算“三公”经费支出情况\n【打印本页】 【关闭窗口】\n版权所有：宁国市民政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "宁国市民政局2024年部门预算", province: "安徽省", city: "宣城市", district: "宁国市", level: "county", docType: "预算报告", year: 2024, date: "2024-02-18"},
	},
	{
		"a story's headline on our district's year's budget (三问我区2024年预算) is a story, no budget (review AH: a regression of meta-289)", "r233_01_story_d22_sanwen.txt",
		"汉台新闻网\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 本地新闻\n三问我区2024年预算\n发布时间：2024-02-01  来源：汉台新闻网  【字体：大 中 小】\n日前，区十九届人大四次会议审查批准了2024年预算。钱从哪里来？钱往哪里去？记者采访了区财政局负责人。\n（记者 王丽）\n【打印本页】 【关闭窗口】\n版权所有：汉台新闻网  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "三问我区2024年预算", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-02-01"},
	},
	{
		"a finance bureau's guide whose part names the year's forms (第二部分 2024年度部门决算报表) between its requirements and its deadline is no department's accounts (review AH: a regression of meta-289)", "r233_02_parts_a05_guide_year_reports.txt",
		"汉中市财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 信息公开 > 财政预决算\n发布时间：2024-12-10  来源：汉中市财政局  【字体：大 中 小】\n目录\n第一部分 总体要求\n第二部分 2024年度部门决算报表\n第三部分 审核要求\n第四部分 报送时间\n第一部分 部门概况\n一、主要职责\n负责全县教育事业发展规划的拟订和实施。\n【打印本页】 【关闭窗口】\n版权所有：汉中市财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "陕西省", city: "汉中市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-12-10"},
	},
	{
		"a lead naming the work report the members heard after the committee's report, over a text the committee speaks, prints the committee's (review AH: a regression of meta-289)", "r233_03_printed_p18_cppcc_after_gov.txt",
		"三门新闻网\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 两会专题\n发布时间：2024-01-12  来源：三门新闻网  【字体：大 中 小】\n1月10日，政协三门县第十一届委员会第四次会议开幕，县政协主席作了县政协常委会工作报告，委员们列席县十八届人大四次会议，听取了县长所作的政府工作报告。特将该报告摘登如下。\n一、2023年工作回顾\n过去一年，县政协常委会坚持团结和民主两大主题。\n二、2024年工作安排\n【打印本页】 【关闭窗口】\n版权所有：三门新闻网  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "浙江省", city: "台州市", district: "三门县", level: "county", docType: "其他", year: 2024, date: "2024-01-12"},
	},
	{
		"the standing committee's report under the salutation (我受县人大常委会委托，向大会报告工作) is no work report though it names the government's last year (review AH: a regression of meta-289)", "r233_04_salut_s05_committee_commission.txt",
		"长兴县人大常委会\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 人大工作 > 常委会工作报告\n发布时间：2022-01-08  来源：长兴县人大常委会  【字体：大 中 小】\n各位代表：刚刚过去的2021年，是本届政府的收官之年，也是县人大常委会依法履职的第五年。现在，我受县人大常委会委托，向大会报告工作。一年来，我们坚持党的领导。\n【打印本页】 【关闭窗口】\n版权所有：长兴县人大常委会  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "浙江省", city: "湖州市", district: "长兴县", level: "county", docType: "其他", year: 2022, date: "2022-01-08"},
	},
	{
		"an outline's preface line (本规划纲要根据《…经济社会发展第十四个五年规划…) is no title, and types the page (review AH: a regression of meta-289)", "r233_05_outline_o01_jingjishehui.txt",
		"衢州市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 发展规划\n发布时间：2021-03-05  来源：衢州市人民政府  【字体：大 中 小】\n本规划纲要根据《中共衢州市委关于制定衢州市经济社会发展第十四个五年规划和二〇三五年远景\n第一章 发展基础\n“十三五”时期，全市经济社会发展取得显著成就。\n【打印本页】 【关闭窗口】\n版权所有：衢州市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "浙江省", city: "衢州市", district: "", level: "city", docType: "五年规划纲要", year: 2021, date: "2021-03-05"},
	},
	{
		"a county's staffing office's year's budget (…机构编制委员会办公室2024年部门预算) is a budget report: 编制 in the organ's name is no story's verb (review AH)", "r233_06_deptbudget_d01_bianban.txt",
		"中共洋县县委机构编制委员会办公室\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 财政信息 > 部门预算\n中共洋县县委机构编制委员会办公室2024年部门预算\n发布时间：2024-02-21  来源：中共洋县县委机构编制委员会办公室  【字体：大 中 小】\n一、部门主要职责\n二、部门预算单位构成\n三、2024年部门预算收支情况\n2024年收入预算总计856.3万元，其中一般公共预算拨款856.3万元。\n四、一般公共预算“三公”经费支出情况\n【打印本页】 【关闭窗口】\n版权所有：中共洋县县委机构编制委员会办公室  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "中共洋县县委机构编制委员会办公室2024年部门预算", province: "陕西省", city: "汉中市", district: "洋县", level: "county", docType: "预算报告", year: 2024, date: "2024-02-21"},
	},
	{
		"a supply-and-marketing cooperative's year's budget (…供销合作社联合社2024年部门预算) is a budget report (review AH)", "r233_07_deptbudget_d07_coop.txt",
		"宁强县供销合作社联合社\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 财政信息 > 部门预算\n宁强县供销合作社联合社2024年部门预算\n发布时间：2024-02-27  来源：宁强县供销合作社联合社  【字体：大 中 小】\n一、部门主要职责\n二、部门预算单位构成\n三、2024年部门预算收支情况\n2024年收入预算总计856.3万元，其中一般公共预算拨款856.3万元。\n四、一般公共预算“三公”经费支出情况\n【打印本页】 【关闭窗口】\n版权所有：宁强县供销合作社联合社  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "宁强县供销合作社联合社2024年部门预算", province: "陕西省", city: "汉中市", district: "宁强县", level: "county", docType: "预算报告", year: 2024, date: "2024-02-27"},
	},
	{
		"a district's instructions to its departments (汉台区2025年区级部门预算编制说明) are no budget (review AH)", "r233_08_instr_i03_place_prefix.txt",
		"汉台区人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 财政信息 > 预算管理\n汉台区2025年区级部门预算编制说明\n发布时间：2024-10-20  来源：汉台区人民政府  【字体：大 中 小】\n一、指导思想\n2025年部门预算编制要坚持“过紧日子”思想，各部门要严格按照本说明要求编制部门预算。\n二、编制原则\n三、报送要求\n各部门须于2024年11月30日前将部门预算草案报送财政局。\n【打印本页】 【关闭窗口】\n版权所有：汉台区人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "汉台区2025年区级部门预算编制说明", province: "陕西省", city: "汉中市", district: "汉台区", level: "county", docType: "其他", year: 2024, date: "2024-10-20"},
	},
	{
		"a street's party working committee and office named in full (我代表中共洋泾街道工作委员会和洋泾街道办事处) present a work report of the subdistrict's county (review AH)", "r233_09_street_w05_zhonggong_full.txt",
		"洋泾街道\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 工作报告\n发布时间：2024-01-08  来源：洋泾街道  【字体：大 中 小】\n各位代表：\n现在，我代表中共洋泾街道工作委员会和洋泾街道办事处向大会作工作报告，请予审议。\n一、2023年工作回顾\n2023年，街道坚持党建引领，辖区经济稳中有进，完成税收12.3亿元。\n二、2024年工作安排\n【打印本页】 【关闭窗口】\n版权所有：洋泾街道  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "上海市", city: "上海市", district: "浦东新区", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-08"},
	},
	{
		"a street's party working committee and office presenting their work joined by 和 (我代表清波街道党工委和办事处) make an untitled page a work report (review AG of meta-289)", "r232_01_street_party_committee_and_office.txt",
		"杭州市上城区人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 工作报告\n发布时间：2024-01-26  来源：杭州市上城区人民政府  【字体：大 中 小】\n各位代表：\n现在，我代表清波街道党工委和办事处向大会作工作报告，请予审议。\n一、2023年工作回顾\n一年来，街道坚持党建引领，深化城市更新，辖区营商环境持续优化。\n二、2024年工作安排\n【打印本页】 【关闭窗口】\n版权所有：杭州市上城区人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "浙江省", city: "杭州市", district: "上城区", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-26"},
	},
	{
		"a paper's lead that prints the report by its name in quotes (特将《政府工作报告》摘登如下) types the page as the work report (review AG)", "r232_02_report_printed_named_in_quotes.txt",
		"嘉善新闻网\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 信息公开\n发布时间：2024-01-16  来源：嘉善新闻网  【字体：大 中 小】\n1月15日，在嘉善县第十七届人民代表大会第四次会议上，县长代表县人民政府作了政府工作报告。特将《政府工作报告》摘登如下。\n一、2023年工作回顾\n过去一年，我们坚持稳中求进工作总基调，全市地区生产总值增长6.1%。\n二、2024年主要目标任务\n今年政府工作的主要预期目标是：地区生产总值增长6%左右。\n【打印本页】 【关闭窗口】\n版权所有：嘉善新闻网  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "浙江省", city: "嘉兴市", district: "嘉善县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-16"},
	},
	{
		"a site's （附全文及下载） after a report's title is cut (review AG)", "r232_03_full_text_and_download_cut.txt",
		"衢州市柯城区人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政府工作报告\n2024年柯城区政府工作报告（附全文及下载）\n发布时间：2024-01-20  来源：衢州市柯城区人民政府  【字体：大 中 小】\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n【打印本页】 【关闭窗口】\n版权所有：衢州市柯城区人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "2024年柯城区政府工作报告", province: "浙江省", city: "衢州市", district: "柯城区", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-20"},
	},
	{
		"a paper's lead printing the work report may say so on the line under the one naming it (…作了政府工作报告。 / 特将该报告摘登如下) (review AF of meta-289)", "r231_01_paper_prints_report_lead_two_lines.txt",
		"丽水日报\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 信息公开\n发布时间：2024-01-16  来源：丽水日报  【字体：大 中 小】\n2024年1月15日，在丽水市第五届人民代表大会第四次会议上，市长王明代表市人民政府作了政府工作报告。\n特将该报告摘登如下，以飨读者。\n一、2023年工作回顾\n过去一年，我们坚持稳中求进工作总基调，全市地区生产总值增长6.1%。\n二、2024年主要目标任务\n今年政府工作的主要预期目标是：地区生产总值增长6%左右。\n【打印本页】 【关闭窗口】\n版权所有：丽水日报  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "浙江省", city: "丽水市", district: "", level: "city", docType: "政府工作报告", year: 2024, date: "2024-01-15"},
	},
	{
		"a street's party working committee and office presenting their work (我代表曲阳路街道党工委、办事处向大会作工作报告) make an untitled page a work report of the subdistrict's county (review AF)", "r231_02_street_party_office_presents.txt",
		"上海虹口\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 信息公开\n发布时间：2024-01-26  来源：上海虹口  【字体：大 中 小】\n各位代表：\n现在，我代表曲阳路街道党工委、办事处向大会作工作报告，请予审议。\n一、2023年工作回顾\n一年来，街道坚持党建引领，深化城市更新，辖区营商环境持续优化。\n二、2024年工作安排\n【打印本页】 【关闭窗口】\n版权所有：上海虹口  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "上海市", city: "上海市", district: "虹口区", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-26"},
	},
	{
		"a department's final accounts with its parts numbered in digits (第2部分 2023年度部门决算表) is a budget report (review AF)", "r231_03_department_accounts_arabic_parts.txt",
		"攸县人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 财政信息 > 部门决算\n发布时间：2024-09-12  来源：攸县人民政府  【字体：大 中 小】\n第1部分 攸县林业局概况\n第2部分 2023年度部门决算表\n第3部分 2023年度部门决算情况说明\n一、收入支出决算总体情况说明\n【打印本页】 【关闭窗口】\n版权所有：攸县人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "湖南省", city: "株洲市", district: "攸县", level: "county", docType: "预算报告", year: 2024, date: "2024-09-12"},
	},
	{
		"a site's （附全文下载） after a report's title is cut (review AF)", "r231_04_full_text_download_paren_cut.txt",
		"中山市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政府工作报告\n2024年中山市政府工作报告（附全文下载）\n发布时间：2024-01-26  来源：中山市人民政府  【字体：大 中 小】\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n【打印本页】 【关闭窗口】\n版权所有：中山市人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "2024年中山市政府工作报告", province: "广东省", city: "中山市", district: "", level: "city", docType: "政府工作报告", year: 2024, date: "2024-01-26"},
	},
	{
		"a county's budget titled by its name and year (灵璧县2024年预算) is a budget report (review AF)", "r231_05_county_year_budget_title.txt",
		"灵璧县人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 财政信息 > 政府预算\n灵璧县2024年预算\n发布时间：2024-02-11  来源：灵璧县人民政府  【字体：大 中 小】\n一、2024年一般公共预算收入安排\n二、2024年一般公共预算支出安排\n【打印本页】 【关闭窗口】\n版权所有：灵璧县人民政府  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "灵璧县2024年预算", province: "安徽省", city: "宿州市", district: "灵璧县", level: "county", docType: "预算报告", year: 2024, date: "2024-02-11"},
	},
	{
		"a finance bureau's guide with a part on filling in the departments' budget forms (第二部分 部门预算报表填报说明) is no department's accounts (review AF: a rule of meta-289 as first written)", "r231_06_budget_form_guide_not_accounts.txt",
		"益阳市财政局\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 通知公告\n发布时间：2024-09-25  来源：益阳市财政局  【字体：大 中 小】\n附件2\n第一部分 2025年市级部门预算编制的总体要求\n一、坚持党政机关过紧日子\n第二部分 部门预算报表填报说明\n一、各部门应按照预算管理一体化系统要求，完整填报部门预算报表。\n二、基本支出按定员定额标准测算。\n第三部分 时间安排\n各部门于10月31日前将部门预算草案报送市财政局。\n【打印本页】 【关闭窗口】\n版权所有：益阳市财政局  技术支持：信息中心\nICP备05003456号-1\n",
		trapWant{title: "", province: "湖南省", city: "益阳市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-09-25"},
	},
	{
		"a leader's portrait caption under its marker (▲中共茶陵县委书记 王建国) is no headline; the review under the county head's caption is the work report (a held-out miss of round 219)", "r230_01_portrait_caption_no_headline.txt",
		"▲中共茶陵县委书记 王建国\n▲中共茶陵县委副书记 茶陵县人民政府县长 李明\n一、2023年工作回顾\n坚持以习近平新时代中国特色社会主义思想为指引,全力以赴抢先机、拼经济、促发展,全面建设社会主义现代化新茶陵迈出坚实步伐。\n(一)承压而上,经济发展回升向好。全年地区生产总值增长4.2%。\n",
		trapWant{title: "", province: "湖南省", city: "株洲市", district: "茶陵县", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a paper's lead that prints the work report under it (…作了政府工作报告。…特将该报告摘登如下) types the page as the work report (a held-out miss of round 211)", "r230_02_paper_prints_report_digest.txt",
		"1月20日,市长张华在市五届人大一次会议上代表市政府作了政府工作报告。参加会议的代表们认为,报告回顾了过去五年的工作,描绘了未来五年咸宁发展的宏伟蓝图。特将该报告摘登如下,以飨读者。\n[关键词]过去五年工作回顾\n市四届人大一次会议以来,全市人民在省委、省政府和市委的正确领导下,紧紧围绕全面建设小康社会的战略部署,取得了显著成就。\n",
		trapWant{title: "", province: "湖北省", city: "咸宁市", district: "", level: "city", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a slogan calling the town an ancient city (文化古城”) names no 古城区 (round 224's held-out miss)", "r230_03_ancient_city_slogan_no_county.txt",
		"索 引 号 | 002550110/2023-181177 | 公开分类 | |\n发布单位 | 解放街道 | 发布日期 | 2023-06-09 |\n解放街道2022年工作总结和2023年工作思路\n2022年以来,解放街道在区委、区政府的坚强领导下,锚定“品质建设 文化古城”总体发展思路,持续释放中心城区发展新动能。\n一、2022年工作总结\n一是指标亮眼。1—10月共完成地方级收入5182万元,同比增长10.5%。\n",
		trapWant{title: "解放街道2022年工作总结和2023年工作思路", province: "", city: "", district: "", level: "", docType: "其他", year: 2023, date: "2023-06-09"},
	},
	{
		"a department's final accounts by its contents (第二部分 2024年度部门决算表) is a budget report (round 224's held-out miss)", "r230_04_department_accounts_contents.txt",
		"目 录\n第一部分 部门概况\n一、部门职责\n二、机构设置\n第二部分 2024年度部门决算表\n一、收入支出决算总表\n二、收入决算表\n三、支出决算表\n四、财政拨款收入支出决算总表\n第三部分 2024年度部门决算情况说明\n一、收入支出决算总体情况说明\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "预算报告", year: 0, date: ""},
	},
	{
		"a department's budget titled by its year alone (凤台县政府办2021年预算) is a budget report (round 224's held-out miss)", "r230_05_office_year_budget_title.txt",
		"凤台县政府办2021年预算.doc\n凤台县政府办 2021 年部门预算\n目 录\n第一部分 部门概况\n1. 主要职责\n2. 部门预算单位构成\n",
		trapWant{title: "凤台县政府办2021年预算", province: "安徽省", city: "淮南市", district: "凤台县", level: "county", docType: "预算报告", year: 0, date: ""},
	},
	{
		"an untitled page where a street office presents its work under the salutation (现在，我代表花木街道办事处向大会作工作报告) is a work report of the subdistrict's county (review AE of meta-288)", "r230_06_untitled_street_office_presents.txt",
		"上海浦东\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 重点领域信息公开\n发布日期：2023-02-10\n各位代表：\n现在，我代表花木街道办事处向大会作工作报告，请予审议。\n一、2022年工作回顾\n一年来，街道坚持党建引领，全面推进城市更新。\n",
		trapWant{title: "", province: "上海市", city: "上海市", district: "浦东新区", level: "county", docType: "政府工作报告", year: 2023, date: "2023-02-10"},
	},
	{
		"a finance bureau's instructions for compiling departments' budgets (2025年市级部门预算编制说明) are no budget report (review AE: a regression of meta-288)", "r230_07_budget_compiling_instructions_other.txt",
		"梧州市财政局\n首页 | 政务公开 | 通知公告\n2025年市级部门预算编制说明\n发布时间：2024-10-12\n一、指导思想\n二、基本原则\n三、报送时间\n各部门于11月10日前将预算草案报送市财政局。\n",
		trapWant{title: "2025年市级部门预算编制说明", province: "广西壮族自治区", city: "梧州市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-10-12"},
	},
	{
		"the salutation run on into a year of the government's term is found under a site's menu and breadcrumb lines too (review AE of meta-288)", "r230_08_salutation_run_on_under_menu.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政府工作报告\n各位代表，刚刚过去的2021年，是本届政府的收官之年。这一年，我们坚持稳中求进工作总基调，全力以赴稳增长、促改革、惠民生。\n预计地区生产总值增长6.5%左右。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"an attached spreadsheet's file name at an untitled page's top is no headline either (review AE of meta-288)", "r230_09_untitled_attached_spreadsheet.txt",
		"合江县人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 重点领域信息公开\n/合江县财政局2023年度决算报表.xls\n发布时间：2024-09-15\n第一部分 部门概况\n一、部门主要职责\n二、部门决算单位构成\n第二部分 2023年度部门决算情况说明\n一、收入支出决算总体情况说明\n2023年度收、支总计860.5万元。\n【打印本页】 【关闭窗口】\n主办：合江县人民政府  承办：大数据中心\nICP备05001234号-1\n",
		trapWant{title: "", province: "四川省", city: "泸州市", district: "合江县", level: "county", docType: "预算报告", year: 2024, date: "2024-09-15"},
	},
	{
		"a site's 【附全文下载】 after a report's title is cut (review AE of meta-288)", "r230_10_full_text_download_tag_cut.txt",
		"当前位置:首页 > 专题范文>政府工作报告> 正文\n\n2023年乡政府工作报告【附全文下载】\n\n京叶文秘网 发表于2023-05-12 09:12:44 本文已影响\n\n",
		trapWant{title: "2023年乡政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2023, date: "2023-05-12"},
	},
	{
		"a cover's month under the issuer and 2024年部门预算 dates the document, as over 部门决算 (review AE of meta-288)", "r230_11_cover_department_budget_month.txt",
		"融安县财政局2024年部门预算公开\n融安县财政局\n2024年部门预算\n2024年2月\n目 录\n第一部分:单位概况\n一、主要职能\n",
		trapWant{title: "融安县财政局2024年部门预算公开", province: "广西壮族自治区", city: "柳州市", district: "融安县", level: "county", docType: "预算报告", year: 2024, date: ""},
	},
	{
		"a street office presenting its work to its community's congress under the salutation (现在,我代表花木街道办事处向大会作工作报告) is a work report (a held-out miss of round 203)", "r229_01_street_office_presents_work.txt",
		"花木街道2024年社代会报告\n索引号 | 发布机构 | 花木街道 | |\n公开类别 | 主动公开 | 发布时间 | 2024-01-23 |\n各位代表:\n现在,我代表花木街道办事处向大会作工作报告,请予审议,并请各位列席代表提出意见。\n一、2023年工作回顾\n2023年,街道办事处在区委、区政府和街道党工委的坚强领导下,各项工作取得新成效。\n",
		trapWant{title: "花木街道2024年社代会报告", province: "上海市", city: "上海市", district: "浦东新区", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-23"},
	},
	{
		"a congress's approval line with a damaged date (——2021129日…会议通过) is no title, and an outline's preface naming itself (本规划纲要根据《…) types the page (a held-out miss of round 221)", "r229_02_damaged_approval_line_no_title.txt",
		"——2021129日区第十六届人民代表大会第五次会议通过\n\n\n本规划纲要根据《中共江岸区委关于制定全区国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议\n\n\n第一章 开启全面建设社会主义现代化新征程\n\n一、十三五时期发展成就\n",
		trapWant{title: "", province: "湖北省", city: "武汉市", district: "江岸区", level: "county", docType: "五年规划纲要", year: 2021, date: ""},
	},
	{
		"a page of a work report opening on its salutation run on into a year of the government's term (各位代表,…本届政府的收官之年) is the work report (a held-out miss)", "r229_03_salutation_run_on_term_year.txt",
		"各位代表,刚刚过去的2023年是极不平凡的一年,也是本届政府的收官之年。这一年,我们坚持稳中求进工作总基调,统筹发展和安全,全力以赴稳增长、促改革、惠民生。\n预计地区生产总值增长5.5%左右,一般公共预算收入增长6%。\n(一)坚持项目为王,经济运行稳中有进。全年实施重点项目120个。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a final account's opening on its overall state (一、2023年财政决算总体情况) is a budget report (a held-out miss)", "r229_04_final_accounts_overall_opening.txt",
		"一、2023年财政决算总体情况\n2023年,在市委的正确领导下,在市人大、市政协的监督指导下,新区各部门迎难而上,全年财政预算实现收支平衡,总体运行平稳。\n(一)一般公共预算收支决算情况\n一般公共预算收入完成12.5亿元,为调整预算的101%。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "预算报告", year: 0, date: ""},
	},
	{
		"a budget adjustment opening on the budget's changes (一、2023年预算变动情况) is a budget report (a held-out miss)", "r229_05_budget_change_opening.txt",
		"一、2023年预算变动情况\n(一)一般公共预算\n区十二届人大三次会议批准我区2023年地方一般公共预算收入为158433万元,一般公共预算支出为273497万元。按现行财政体制计算,一般公共预算支出调整为341281万元。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "预算报告", year: 0, date: ""},
	},
	{
		"a township's report published with its year's work plan under one title (2023年政府工作报告及2024年重点工作计划) is a work report (a held-out miss)", "r229_06_report_with_years_work_plan.txt",
		"索 引 号: 00819527-9/2024-00031 分类: 规划计划\n发布机构: 美兰区演丰镇 发文日期: 2024年02月20日\n名  称: 2023年政府工作报告及2024年重点工作计划\n\n2023年政府工作报告及2024年重点工作计划\n\n一、2023年工作回顾\n2023年,在区委区政府和镇党委的坚强领导下,全镇上下凝心聚力,各项工作取得新成效。\n",
		trapWant{title: "2023年政府工作报告及2024年重点工作计划", province: "海南省", city: "海口市", district: "美兰区", level: "county", docType: "政府工作报告", year: 2024, date: "2024-02-20"},
	},
	{
		"a reading tag with two names and a dot (【导读·解读】) is kept in the headline (review AD of meta-287)", "r229_07_reading_tag_with_dot_kept.txt",
		"南阳市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 两会专题\n【导读·解读】2024年南阳市政府工作报告\n发布时间：2024-01-16 来源：本网\n市发改委负责人就2024年政府工作报告的主要内容进行解读。报告提出，今年全市地区生产总值增长6%左右。\n【打印本页】 【关闭窗口】\n主办：南阳市人民政府办公室\n",
		trapWant{title: "【导读·解读】2024年南阳市政府工作报告", province: "河南省", city: "南阳市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-16"},
	},
	{
		"a tag of policy answers (【政策答疑】) makes the page 其他, the tag kept (review AD)", "r229_08_policy_answers_tag_other.txt",
		"宜春市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 两会专题\n【政策答疑】2024年宜春市政府工作报告\n发布时间：2024-01-18 来源：本网\n问：今年将实施哪些民生实事？\n答：报告提出，今年将实施十件民生实事。\n【打印本页】 【关闭窗口】\n主办：宜春市人民政府办公室\n",
		trapWant{title: "【政策答疑】2024年宜春市政府工作报告", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-18"},
	},
	{
		"a video's preview tag (【视频导读】) makes the page 其他, the tag kept (review AD)", "r229_09_video_preview_tag_other.txt",
		"宜春市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 两会专题\n【视频导读】2024年宜春市政府工作报告\n发布时间：2024-01-18 来源：本网\n点击观看视频，三分钟了解今年政府工作报告的主要内容。\n【打印本页】 【关闭窗口】\n主办：宜春市人民政府办公室\n",
		trapWant{title: "【视频导读】2024年宜春市政府工作报告", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-18"},
	},
	{
		"a site's 【附全文】 after a report's title is cut like 【全文】 (review AD)", "r229_10_appended_full_text_tag_cut.txt",
		"当前位置:首页 > 专题范文>政府工作报告> 正文\n\n2023年镇政府工作报告【附全文】\n\n京叶文秘网 发表于2023-05-12 09:12:44 本文已影响\n\n",
		trapWant{title: "2023年镇政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2023, date: "2023-05-12"},
	},
	{
		"a street office (枫林路街道办事处) opening the title places the page in its county, as a township's government does (round 223's held-out miss)", "r229_11_street_office_summary_placed.txt",
		"枫林路街道办事处2019年工作总结和2020年工作安排 2020-03-10\n枫林路街道办事处2019年工作总结和2020年工作安排\n一、2019年主要工作回顾\n2019年,街道办事处在区委、区政府和街道党工委的坚强领导下,以提升社区群众获得感为目标,各项工作取得新进展。\n",
		trapWant{title: "枫林路街道办事处2019年工作总结和2020年工作安排", province: "上海市", city: "上海市", district: "徐汇区", level: "county", docType: "其他", year: 2020, date: "2020-03-10"},
	},
	{
		"a screen reader's hint 按Enter到主內容區 is furniture, no part of the headline (round 223's held-out miss)", "r229_12_enter_to_main_content_hint_cut.txt",
		"按Enter到主內容區\n:::\n:::\n\n議員審議縣總預算案\n\n發布日期:\n記者: 王明/議會報導。\n點閱率:1,218\n縣議會臨時會審議113年度總預算案,議員期許縣府加強預算執行效益。\n",
		trapWant{title: "议员审议县总预算案", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a county's explanation of how its budget was compiled (…财政预算编制说明) is a budget report (round 223's held-out miss)", "r229_13_budget_compiled_explanation.txt",
		"湘阴县2016年财政预算编制说明\n一、一般公共预算\n(一)收入预计\n根据我县2016年经济增长预期及县人大会议批准的预算草案,确定我县财政总收入预期目标为22.55亿元,比上年增长9%。\n",
		trapWant{title: "湘阴县2016年财政预算编制说明", province: "湖南省", city: "岳阳市", district: "湘阴县", level: "county", docType: "预算报告", year: 0, date: ""},
	},
	{
		"a cover's month under the issuer the title opens with and the document's kind (…办公室 / 2023年部门决算 / 2024年9月) dates the document (round 223's held-out miss)", "r229_14_cover_issuer_kind_month.txt",
		"融安县人民政府办公室融安县2023年度部门决算公开\n融安县人民政府办公室\n2023年部门决算\n2024年9月\n目 录\n第一部分:单位概况\n一、主要职能\n二、部门决算单位构成\n第二部分: 2023年部门决算报表\n",
		trapWant{title: "融安县人民政府办公室融安县2023年度部门决算公开", province: "广西壮族自治区", city: "柳州市", district: "融安县", level: "county", docType: "预算报告", year: 2024, date: ""},
	},
	{
		"an attached spreadsheet's file name (/…决算报表.xls) is no title: the headline over the source line is (round 223's held-out miss)", "r229_15_attached_spreadsheet_not_title.txt",
		"欢迎来到宜宾市中医医院\n24小时应诊电话:0831-3100000\n预约挂号电话:0831-3100001(接电话时间8:00-11:30,13:30-17:00)\n\n国家三级甲等中医医院\n\n国家重点中医医院建设单位\n\n国家级胸痛中心、国家级心衰中心\n\n国家中医药管理局中医住院医师规范化培训基地\n\n国家中医药管理局中医全科医师规范化培训基地\n\n2023年度宜宾市中医医院单位决算\n来源:宜宾市中医医院    发布时间:2024-09-20 10:08:34\n\n\n\n/宜宾市中医医院2023年度决算报表.xls\n\n目录\n\n \n\n公开日期:2024920\n\n第一部分 单位概况 PAGEREF _Toc25831 h 3\n\n一、 主要职责 PAGEREF _Toc32310 h 3\n\n二、 机构设置 PAGEREF _Toc8401 h 3\n\n第二部分 2023年度单位决算情况说明 PAGEREF _Toc2776 h 4\n\n一、收入支出决算总体情况说明 PAGEREF _Toc16112 h 4\n\n二、收入决算情况说明 PAGEREF _Toc21777 h 4\n\n三、支出决算情况说明 PAGEREF _Toc25704 h 5\n\n四、财政拨款收入支出决算总体情况说明 PAGEREF _Toc1837 h 6\n\n五、一般公共预算财政拨款支出决算情况说明 PAGEREF _Toc19235 h 6\n\n六、一般公共预算财政拨款基本支出决算情况说明 PAGEREF _Toc31935 h 9\n\n七、财政拨款“三公”经费支出决算情况说明 PAGEREF _Toc21795 h 9\n\n八、政府性基金预算支出决算情况说明 PAGEREF _Toc4929 h 10\n\n九、国有资本经营预算支出决算情况说明 PAGEREF _Toc5686 h 10\n\n",
		trapWant{title: "2023年度宜宾市中医医院单位决算", province: "四川省", city: "宜宾市", district: "", level: "city", docType: "预算报告", year: 2024, date: "2024-09-20"},
	},
	{
		"a township whose name opens on a city's short name (潍坊新村街道, of 浦东新区) is the township's, not 潍坊市's (found writing round 223's traps)", "r229_16_township_opening_on_city_name.txt",
		"潍坊新村街道2024年社代会报告\n索引号 | 发布机构 | 潍坊新村街道 | |\n公开类别 | 主动公开 | 发布时间 | 2024-01-23 |\n各位代表:\n现在,我代表潍坊新村街道办事处向大会作工作报告,请予审议,并请各位列席代表提出意见。\n一、2023年工作回顾\n2023年,街道办事处在区委、区政府和街道党工委的坚强领导下,各项工作取得新成效。\n",
		trapWant{title: "潍坊新村街道2024年社代会报告", province: "上海市", city: "上海市", district: "浦东新区", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-23"},
	},
	{
		"导读 with an interview's word (【访谈导读】) is no column label: the tag stays and the page is typed 其他 (a review finding on meta-286)", "r228_01_interview_preview_tag_kept.txt",
		"宜春市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 两会专题\n【访谈导读】2024年宜春市政府工作报告\n发布时间：2024-01-16 来源：本网\n明日10时，市长张三将做客在线访谈栏目，解读2024年政府工作报告，欢迎网友提问。\n【打印本页】 【关闭窗口】\n主办：宜春市人民政府办公室  承办：融媒体中心\n赣ICP备05001234号\n",
		trapWant{title: "【访谈导读】2024年宜春市政府工作报告", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-16"},
	},
	{
		"a questions-and-answers tag (【政策问答】) over a budget report's name makes the page 其他, the tag kept (an old miss of review AC)", "r228_02_policy_qa_tag_budget_other.txt",
		"宜春市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 两会专题\n【政策问答】关于宜春市2023年预算执行情况和2024年预算草案的报告\n发布时间：2024-01-16 来源：本网\n市财政局就预算报告有关问题回答记者提问。\n问：今年民生支出有多少？\n答：全市民生支出占一般公共预算支出的78%。\n【打印本页】 【关闭窗口】\n主办：宜春市人民政府办公室  承办：融媒体中心\n赣ICP备05001234号\n",
		trapWant{title: "【政策问答】关于宜春市2023年预算执行情况和2024年预算草案的报告", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-16"},
	},
	{
		"【两会问答】 over a work report's name makes the page 其他, the tag kept (an old miss of review AC)", "r228_03_sessions_qa_tag_other.txt",
		"宜春市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 两会专题\n【两会问答】2024年宜春市政府工作报告\n发布时间：2024-01-16 来源：本网\n1月16日，市长张三在新闻发布会上，就政府工作报告中群众关心的问题作了介绍。\n记者：今年经济增长目标是多少？\n张三：预期增长5.5%左右。\n【打印本页】 【关闭窗口】\n主办：宜春市人民政府办公室  承办：融媒体中心\n赣ICP备05001234号\n",
		trapWant{title: "【两会问答】2024年宜春市政府工作报告", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-16"},
	},
	{
		"a site's 【全文】 after a report's title is cut like (全文) (an old miss of review AC)", "r228_04_fulltext_black_brackets_cut.txt",
		"当前位置:首页 > 专题范文>政府工作报告> 正文\n\n2022年县政府工作报告【全文】\n\n京叶文秘网 发表于2022-07-03 10:30:04 本文已影响\n\n",
		trapWant{title: "2022年县政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2022, date: "2022-07-03"},
	},
	{
		"a tag saying the speaker answers netizens on the report (【答网友问】) stays in the title and types the page 其他 (a review finding on meta-285)", "r227_01_tag_answers_netizens_kept.txt",
		"宜春市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政府工作报告\n【答网友问】2024年宜春市政府工作报告\n发布时间：2024-01-15 来源：宜春日报\n1月12日，市发改委主任做客在线栏目，就2024年政府工作报告回答网友提问。\n网友：今年经济增长目标是多少？\n答：预期目标为增长5.5%左右。\n【打印本页】 【关闭窗口】\n主办：宜春市人民政府办公室  承办：融媒体中心\n赣ICP备05001234号\n",
		trapWant{title: "【答网友问】2024年宜春市政府工作报告", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-15"},
	},
	{
		"a director's interview on the budget tagged 【局长说预算】 stays in the title and is typed 其他, not the budget report (a review finding on meta-285)", "r227_02_tag_director_on_budget_kept.txt",
		"宜春市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政府工作报告\n【局长说预算】关于宜春市2023年预算执行情况和2024年预算草案的报告\n发布时间：2024-01-15 来源：宜春日报\n市财政局局长李四接受采访，就预算报告中群众关心的问题作了说明。\n记者：今年民生支出安排了多少？\n李四：全市民生支出占一般公共预算支出的78%。\n【打印本页】 【关闭窗口】\n主办：宜春市人民政府办公室  承办：融媒体中心\n赣ICP备05001234号\n",
		trapWant{title: "【局长说预算】关于宜春市2023年预算执行情况和2024年预算草案的报告", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-15"},
	},
	{
		"a city's story of its government convening the county heads (市政府召开县长座谈会) speaks as the city, placed by its footer (a review finding on meta-285)", "r227_03_city_convenes_county_heads.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 工作动态\n市政府召开县长座谈会\n发布时间：2024-01-09 来源：本网\n1月5日，市政府召开县长座谈会，征求对《政府工作报告（征求意见稿）》的意见建议。\n【打印本页】 【关闭窗口】\n主办：宜春市人民政府办公室  承办：融媒体中心\n赣ICP备05001234号\n",
		trapWant{title: "市政府召开县长座谈会", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-09"},
	},
	{
		"a city leader attending a county's session (出席县十七届人大三次会议) on the city's site is the city's story (a review finding on meta-285)", "r227_04_city_leader_attends_county_session.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 工作动态\n市领导出席县人大会议\n发布时间：2024-01-09 来源：本网\n1月10日，市委副书记出席县十七届人大三次会议开幕式。\n【打印本页】 【关闭窗口】\n主办：宜春市人民政府办公室  承办：融媒体中心\n赣ICP备05001234号\n",
		trapWant{title: "市领导出席县人大会议", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-09"},
	},
	{
		"a document site's 【全文完整】 after a title is cut (an old miss of review AB)", "r227_05_fulltext_complete_black_brackets.txt",
		"当前位置:首页 > 专题范文>政府工作报告> 正文\n\n2022年县政府工作报告【全文完整】\n\n京叶文秘网 发表于2022-07-03 10:30:04 本文已影响\n\n",
		trapWant{title: "2022年县政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2022, date: "2022-07-03"},
	},
	{
		"a dispatch worded 据天山网…消息称 dates the story (an old miss of review AB)", "r227_06_dispatch_xiaoxi_cheng.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 要闻\n自治区十四届人大常委会第七次会议闭幕\n发布时间：2024-01-02 来源：新华网\n据天山网2023年12月30日消息称，自治区十四届人大常委会第七次会议闭幕。\n会议表决通过了有关决议。\n【打印本页】 【关闭窗口】\n主办：新疆维吾尔自治区人民政府办公厅  承办：融媒体中心\n赣ICP备05001234号\n",
		trapWant{title: "自治区十四届人大常委会第七次会议闭幕", province: "新疆维吾尔自治区", city: "", district: "", level: "province", docType: "其他", year: 2023, date: "2023-12-30"},
	},
	{
		"a model-text site's introduction is never the title itself, even with a space before its comma; the report it names is (an old miss of review AB)", "r227_07_editors_intro_never_title.txt",
		"当前位置:首页 > 工作报告 > 政府工作报告 > 正文\n下面是小编为大家整理的2024年县政府工作报告 ， 供大家参考。\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n过去的一年，全县地区生产总值增长6%。\n",
		trapWant{title: "2024年县政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a news column's tag (【导读】) over the full report is cut: only a tag that says what the page does with the document (解读, 权威发布, 访谈) is kept (a review finding on meta-284)", "r226_01_column_daodu_tag_cut.txt",
		"宜春市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政府工作报告\n【导读】2024年宜春市政府工作报告\n发布时间：2024-01-15 来源：宜春日报\n——2024年1月8日在宜春市第五届人民代表大会第四次会议上\n市长 张三\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n一、2023年工作回顾\n【打印本页】 【关闭窗口】\n主办：宜春市人民政府办公室  承办：融媒体中心\n赣ICP备05001234号\n",
		trapWant{title: "2024年宜春市政府工作报告", province: "江西省", city: "宜春市", district: "", level: "city", docType: "政府工作报告", year: 2024, date: "2024-01-08"},
	},
	{
		"the mayor's release in a square-bracket tag ([市长权威发布]) stays in the title and types the page 其他 (an old miss of review AA)", "r226_02_release_tag_square_kept.txt",
		"宜春市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政府工作报告\n[市长权威发布]2024年宜春市政府工作报告\n发布时间：2024-01-10 来源：宜春市人民政府\n1月10日，市长通过视频向全市人民权威发布2024年政府工作报告主要内容，介绍了过去一年全市经济社会发展成就和2024年重点工作。\n【打印本页】 【关闭窗口】\n主办：宜春市人民政府办公室  承办：融媒体中心\n赣ICP备05001234号\n",
		trapWant{title: "[市长权威发布]2024年宜春市政府工作报告", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-10"},
	},
	{
		"a station's dispatch ending on 消息 and a colon dates the story over the repost's day (an old miss of review AA)", "r226_03_dispatch_xiaoxi_colon.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 要闻\n自治区十四届人大常委会第七次会议闭幕\n发布时间：2024-01-02 来源：新华网\n天山网2023年12月30日消息：自治区十四届人大常委会第七次会议在乌鲁木齐闭幕。\n会议表决通过了自治区2024年地方性法规立法计划。\n【打印本页】 【关闭窗口】\n主办：新疆维吾尔自治区人民政府办公厅  承办：融媒体中心\n新ICP备05001234号\n",
		trapWant{title: "自治区十四届人大常委会第七次会议闭幕", province: "新疆维吾尔自治区", city: "", district: "", level: "province", docType: "其他", year: 2023, date: "2023-12-30"},
	},
	{
		"a model-text site's introduction naming the report (2024年县政府工作报告) gives the title over the bare 政府工作报告 the opening gives (an old miss of review AA)", "r226_04_editors_intro_over_bare_name.txt",
		"下面是小编为大家整理的2024年县政府工作报告范文,供大家参考。\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n过去的一年，全县地区生产总值增长6%。\n",
		trapWant{title: "2024年县政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"an introduction worded 小编收集整理的 names the document too (an old miss of review AA)", "r226_05_editors_intro_shouji_zhengli.txt",
		"下面是小编为大家收集整理的2024年县政府工作报告,供大家参考。\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n过去的一年，全县地区生产总值增长6%。\n",
		trapWant{title: "2024年县政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a document site's (全文完整) is cut from a title (round 221, holdout1330 f06)", "r226_06_fulltext_complete_mark.txt",
		"当前位置:首页 > 专题范文>振兴乡镇> 正文\n\n乡镇为民办十件实事工作报告(全文完整)\n\n京叶文秘网 发表于2022-07-03 10:30:04 本文已影响\n\n",
		trapWant{title: "乡镇为民办十件实事工作报告", province: "", city: "", district: "", level: "", docType: "其他", year: 2022, date: "2022-07-03"},
	},
	{
		"on a prefecture's site (赣州市), a county-level city's notice of the same name in a related list (瑞金市人民政府关于…) is passed over: the listing's short title and the city stay (a review finding on meta-283)", "r225_01_organ_prefecture_site_related_countycity.txt",
		"赣州市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政府文件\n市人民政府关于印发2021年政府工作报告重点工作责任分工的通知\n发布日期：2021-03-02 来源：市政府办\n相关文件：\n瑞金市人民政府关于印发2021年政府工作报告重点工作责任分工的通知\n各县（市、区）人民政府，市政府各部门：\n现将《2021年政府工作报告重点工作责任分工》印发给你们，请结合实际认真贯彻落实。\n赣州市人民政府\n2021年2月26日\n【打印本页】 【关闭窗口】\n主办：赣州市人民政府办公室  承办：融媒体中心\n赣ICP备05001234号\n",
		trapWant{title: "市人民政府关于印发2021年政府工作报告重点工作责任分工的通知", province: "江西省", city: "赣州市", district: "", level: "city", docType: "其他", year: 2021, date: "2021-02-26"},
	},
	{
		"the government that signs the text (瑞金市人民政府) decides: its superior's notice of the same name in a list above the body (赣州市人民政府关于…) is passed over (a review finding on meta-283)", "r225_02_organ_signer_over_superior_in_list.txt",
		"瑞金市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政府文件\n市人民政府关于印发2021年政府工作报告重点工作责任分工的通知\n发布日期：2021-03-05 来源：市政府办\n上级文件：\n赣州市人民政府关于印发2021年政府工作报告重点工作责任分工的通知\n各乡镇人民政府，市政府各部门：\n现将《2021年政府工作报告重点工作责任分工》印发给你们，请结合实际认真贯彻落实。\n瑞金市人民政府\n2021年3月3日\n【打印本页】 【关闭窗口】\n主办：瑞金市人民政府办公室  承办：融媒体中心\n赣ICP备05001234号\n",
		trapWant{title: "市人民政府关于印发2021年政府工作报告重点工作责任分工的通知", province: "江西省", city: "赣州市", district: "瑞金市", level: "county", docType: "其他", year: 2021, date: "2021-03-03"},
	},
	{
		"on a municipality's site (重庆市), another province's city's notice of the same name (成都市人民政府关于…) in a related list is passed over (a review finding on meta-283)", "r225_03_organ_municipality_site_other_city.txt",
		"重庆市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政府信息公开 > 市政府文件\n市人民政府关于印发2024年政府工作报告重点工作任务分工方案的通知\n发布日期：2024-02-06 来源：市政府办公厅\n相关文件：\n成都市人民政府关于印发2024年政府工作报告重点工作任务分工方案的通知\n各区县（自治县）人民政府，市政府各部门：\n现将《2024年政府工作报告重点工作任务分工方案》印发给你们，请认真贯彻落实。\n重庆市人民政府\n2024年2月4日\n【打印本页】 【关闭窗口】\n主办：重庆市人民政府办公厅  承办：融媒体中心\n渝ICP备05001234号\n",
		trapWant{title: "市人民政府关于印发2024年政府工作报告重点工作任务分工方案的通知", province: "重庆市", city: "", district: "", level: "province", docType: "其他", year: 2024, date: "2024-02-04"},
	},
	{
		"a governor's release noted after the title (（省长权威发布）) makes a story, typed 其他 (a review finding on meta-283)", "r225_05_governor_release_note_other.txt",
		"河北省人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政府工作报告\n2024年河北省政府工作报告（省长权威发布）\n发布时间：2024-01-25 来源：河北省人民政府\n1月20日，省长王正谱通过视频向全省人民权威发布2024年政府工作报告主要内容，介绍了过去一年全省经济社会发展成就和2024年重点工作。\n王正谱表示，2024年全省地区生产总值预期增长5.5%左右。\n【打印本页】 【关闭窗口】\n主办：河北省人民政府办公室  承办：融媒体中心\n冀ICP备05001234号\n",
		trapWant{title: "2024年河北省政府工作报告（省长权威发布）", province: "河北省", city: "", district: "", level: "province", docType: "其他", year: 2024, date: "2024-01-25"},
	},
	{
		"a governor's release in a tag before the title (【省长权威发布】) stays in the title and types the page 其他 (an old miss of review Z)", "r225_06_governor_release_tag_kept.txt",
		"河北省人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政府工作报告\n【省长权威发布】2024年河北省政府工作报告\n发布时间：2024-01-25 来源：河北省人民政府\n1月20日，省长王正谱通过视频向全省人民权威发布2024年政府工作报告主要内容，介绍了过去一年全省经济社会发展成就和2024年重点工作。\n王正谱表示，2024年全省地区生产总值预期增长5.5%左右。\n【打印本页】 【关闭窗口】\n主办：河北省人民政府办公室  承办：融媒体中心\n冀ICP备05001234号\n",
		trapWant{title: "【省长权威发布】2024年河北省政府工作报告", province: "河北省", city: "", district: "", level: "province", docType: "其他", year: 2024, date: "2024-01-25"},
	},
	{
		"an audit office's announcement with its number in brackets (安徽省审计厅公告（2022年第2号）：) is cut from the report's title (an old miss of review Z)", "r225_07_announcement_number_in_brackets.txt",
		"安徽省审计厅\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 审计结果公告\n安徽省审计厅公告（2022年第2号）：关于2021年度省级预算执行和其他财政收支的审计工作报告\n发布时间：2022-07-28 来源：安徽省审计厅\n受省人民政府委托，现向省人大常委会报告2021年度省级预算执行和其他财政收支的审计情况，请予审议。\n一、省级财政管理审计情况\n【打印本页】 【关闭窗口】\n主办：安徽省审计厅  承办：融媒体中心\n皖ICP备05001234号\n",
		trapWant{title: "关于2021年度省级预算执行和其他财政收支的审计工作报告", province: "安徽省", city: "", district: "", level: "province", docType: "其他", year: 2022, date: "2022-07-28"},
	},
	{
		"a listing's 【03-28】 after a closing bracket (…（全文）【03-28】) is cut with the site's (全文) (an old miss of review Z)", "r225_08_month_day_after_bracket.txt",
		"万载县人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政府工作报告\n2024年万载县政府工作报告（全文）【03-28】\n——2024年1月8日在万载县第十八届人民代表大会第四次会议上\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n【打印本页】 【关闭窗口】\n主办：万载县人民政府办公室  承办：融媒体中心\n赣ICP备05001234号\n",
		trapWant{title: "2024年万载县政府工作报告", province: "江西省", city: "宜春市", district: "万载县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-08"},
	},
	{
		"a file extension and a paid mark with a space (.docx VIP) are cut from a title (an old miss of review Z)", "r225_09_docx_space_vip.txt",
		"文档下载中心\n首页 | 分类 | 排行 | 上传文档\n2024年万载县政府工作报告.docx VIP\n上传时间：2024-02-10 页数：12 大小：56KB\n——2024年1月8日在万载县第十八届人民代表大会第四次会议上\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n本文档由用户上传，如有侵权请联系删除\n京ICP备12345678号\n",
		trapWant{title: "2024年万载县政府工作报告", province: "江西省", city: "宜春市", district: "万载县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-08"},
	},
	{
		"a wire dispatch with its full day under an editor's note and a caption (the fifth line) dates the story over the repost's day (an old miss of review Z)", "r225_10_dispatch_after_editors_note.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 要闻\n自治区十四届人大常委会第七次会议闭幕\n发布时间：2024-01-02 来源：新华网\n编者按：本文为年终报道。\n（图为会议现场 记者李明摄）\n新华社2023年12月30日乌鲁木齐电（记者王芳） 自治区十四届人大常委会第七次会议在乌鲁木齐闭幕。\n会议表决通过了自治区2024年地方性法规立法计划。\n会议应出席委员60名，实到55名，符合法定人数。\n【打印本页】 【关闭窗口】\n主办：新疆维吾尔自治区人民政府办公厅  承办：融媒体中心\n新ICP备05001234号\n",
		trapWant{title: "自治区十四届人大常委会第七次会议闭幕", province: "新疆维吾尔自治区", city: "", district: "", level: "province", docType: "其他", year: 2023, date: "2023-12-30"},
	},
	{
		"a station's dispatch ending on 消息 (新疆电视台2023年12月30日消息) dates the story (an old miss of review Z)", "r225_11_dispatch_xiaoxi.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 要闻\n自治区十四届人大常委会第七次会议闭幕\n发布时间：2024-01-02 来源：新华网\n新疆电视台2023年12月30日消息 自治区十四届人大常委会第七次会议在乌鲁木齐闭幕。\n会议表决通过了自治区2024年地方性法规立法计划。\n会议应出席委员60名，实到55名，符合法定人数。\n【打印本页】 【关闭窗口】\n主办：新疆维吾尔自治区人民政府办公厅  承办：融媒体中心\n新ICP备05001234号\n",
		trapWant{title: "自治区十四届人大常委会第七次会议闭幕", province: "新疆维吾尔自治区", city: "", district: "", level: "province", docType: "其他", year: 2023, date: "2023-12-30"},
	},
	{
		"a model-text site's introduction (下面是小编为大家整理的…【完整版】,供大家参考。) names the document: its title (round 220, holdout1320 f07)", "r225_12_editors_intro_names_document.txt",
		"下面是小编为大家整理的2023年某县人民政府年度工作总结(政府目标管理绩效任务完成情况)【完整版】,供大家参考。\n市委:\n2022年是本届政府的开局之年,也是**发展史上极不寻常、极不平凡的一年。一年来,我们深入贯彻党的十九大和十九届历次全会精神,认真落实党的二十大和中央经济工作会议精神,坚持县委全面领导,紧密团结依靠全县广大干部群众,高效统筹疫情防控和经济社会发展,在应对挑战中抢抓机遇,在复杂局势中把握主动,县域经济逆势回升,各类风险总体可控,社会大局和谐稳定,基本完成县**届人大一次会议确定的目标。初步预计,全年地区生产总值将突破***亿元,同比增长*%;\n固定资产投资同比增长**%;\n社会消费品零售总额同比增长*%;\n一般公共预算收入完成**亿元;\n",
		trapWant{title: "2023年某县人民政府年度工作总结(政府目标管理绩效任务完成情况)", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a county-level city's site (瑞金市) republishing its prefecture's notice keeps the prefecture's full title (赣州市人民政府关于…): only another place of the site's own level is passed over (a review finding on meta-282)", "r224_01_organ_countycity_site_prefecture_notice.txt",
		"瑞金市人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 上级文件\n市人民政府关于印发2021年政府工作报告重点工作责任分工的通知\n发布日期：2021-03-02 来源：赣州市政府办\n赣州市人民政府关于印发2021年政府工作报告重点工作责任分工的通知\n赣市府字〔2021〕12号\n各县（市、区）人民政府，市政府各部门：\n现将《2021年政府工作报告重点工作责任分工》印发给你们，请结合实际认真贯彻落实。\n赣州市人民政府\n2021年2月26日\n【打印本页】 【关闭窗口】\n主办：瑞金市人民政府办公室  承办：县融媒体中心\n赣ICP备05001234号\n",
		trapWant{title: "赣州市人民政府关于印发2021年政府工作报告重点工作责任分工的通知", province: "江西省", city: "赣州市", district: "", level: "city", docType: "其他", year: 2021, date: "2021-02-26"},
	},
	{
		"the full title naming the site's prefecture by its short name (恩施州 for 恩施土家族苗族自治州) is the page's own (a review finding on meta-282)", "r224_02_organ_zhou_short_name.txt",
		"恩施土家族苗族自治州人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政府信息公开 > 州政府文件\n州人民政府关于印发2023年政府工作报告目标任务分解方案的通知\n发布日期：2023-02-17 来源：州政府办公室\n恩施州人民政府关于印发2023年政府工作报告目标任务分解方案的通知\n恩施州政发〔2023〕3号\n各县、市人民政府，州政府各部门：\n现将《2023年政府工作报告目标任务分解方案》印发给你们，请认真组织实施。\n恩施州人民政府\n2023年2月15日\n【打印本页】 【关闭窗口】\n主办：恩施土家族苗族自治州人民政府办公室  承办：县融媒体中心\n鄂ICP备05001234号\n",
		trapWant{title: "恩施州人民政府关于印发2023年政府工作报告目标任务分解方案的通知", province: "湖北省", city: "恩施土家族苗族自治州", district: "", level: "city", docType: "其他", year: 2023, date: "2023-02-15"},
	},
	{
		"the full title naming the site's autonomous county by its short name (峨边县 for 峨边彝族自治县) is the page's own (a review finding on meta-282)", "r224_03_organ_autonomous_county_short_name.txt",
		"峨边彝族自治县人民政府\n首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 县政府文件\n县人民政府关于印发2023年政府工作报告重点工作目标任务分解的通知\n发布日期：2023-02-28\n峨边县人民政府关于印发2023年政府工作报告重点工作目标任务分解的通知\n峨府发〔2023〕4号\n各乡镇人民政府，县级各部门：\n现将《2023年政府工作报告重点工作目标任务分解》印发给你们，请认真抓好落实。\n峨边彝族自治县人民政府\n2023年2月24日\n【打印本页】 【关闭窗口】\n主办：峨边彝族自治县人民政府办公室  承办：县融媒体中心\n蜀ICP备05001234号\n",
		trapWant{title: "峨边县人民政府关于印发2023年政府工作报告重点工作目标任务分解的通知", province: "四川省", city: "乐山市", district: "峨边彝族自治县", level: "county", docType: "其他", year: 2023, date: "2023-02-24"},
	},
	{
		"权威发布 over a budget report is a kicker, cut; the page is the budget report (a review finding on meta-282)", "r224_04_quanweifabu_kicker_budget.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 财政预决算\n权威发布丨关于万载县2023年预算执行情况和2024年预算草案的报告\n发布时间：2024-01-20\n——2024年1月8日在万载县第十八届人民代表大会第四次会议上\n万载县财政局局长  刘伟\n各位代表：\n受县人民政府委托，现将万载县2023年预算执行情况和2024年预算草案提请县第十八届人民代表大会第四次会议审议。\n【打印本页】 【关闭窗口】\n主办：万载县人民政府办公室  承办：县融媒体中心\n赣ICP备05001234号\n",
		trapWant{title: "关于万载县2023年预算执行情况和2024年预算草案的报告", province: "江西省", city: "宜春市", district: "万载县", level: "county", docType: "预算报告", year: 2024, date: "2024-01-08"},
	},
	{
		"a reading's tag in square brackets ([图文解读]《…纲要》) stays in the title and types the page 其他 (an old miss of review Y)", "r224_05_reading_tag_square_brackets.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政策解读\n[图文解读]《宜春市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》\n发布时间：2021-04-25 来源：宜春市发改委\n《纲要》共分十六篇六十章，明确了“十四五”时期全市经济社会发展的主要目标。\n一、编制背景\n二、主要内容\n【打印本页】 【关闭窗口】\n主办：宜春市人民政府办公室  承办：县融媒体中心\n赣ICP备05001234号\n",
		trapWant{title: "[图文解读]《宜春市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2021, date: "2021-04-25"},
	},
	{
		"a site's government after a dash (…（征求意见稿）-宜春市人民政府) is cut from the title, the draft's mark kept (an old miss of review Y)", "r224_06_site_government_after_draft_mark.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 发展规划\n宜春市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（征求意见稿）-宜春市人民政府\n发布时间：2021-01-05\n第一篇 开启全面建设社会主义现代化新征程\n第一章 发展基础\n“十三五”时期，全市经济社会发展取得显著成就。\n【打印本页】 【关闭窗口】\n主办：宜春市人民政府办公室  承办：县融媒体中心\n赣ICP备05001234号\n",
		trapWant{title: "宜春市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（征求意见稿）", province: "江西省", city: "宜春市", district: "", level: "city", docType: "五年规划纲要", year: 2021, date: "2021-01-05"},
	},
	{
		"a listing's month and day in brackets (【03-28】) is cut from a title (an old miss of review Y)", "r224_07_bracketed_month_day.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 统计数据\n2023年宜春市国民经济和社会发展统计公报【03-28】\n发布时间：2024-03-29 来源：宜春市统计局\n宜春市统计局\n2024年3月28日\n一、综合\n初步核算，全年全市地区生产总值3500.1亿元，比上年增长5.0%。\n【打印本页】 【关闭窗口】\n主办：宜春市人民政府办公室  承办：县融媒体中心\n赣ICP备05001234号\n",
		trapWant{title: "2023年宜春市国民经济和社会发展统计公报", province: "江西省", city: "宜春市", district: "", level: "city", docType: "统计公报", year: 2024, date: "2024-03-28"},
	},
	{
		"a paper's dispatch with its full day under the headline (本报…讯) dates a story that has no publication date (an old miss of review Y)", "r224_08_dispatch_under_headline.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 要闻\n自治区十四届人大常委会第七次会议闭幕\n本报2023年12月30日讯 记者王芳 自治区十四届人大常委会第七次会议12月30日在乌鲁木齐闭幕。\n大会听取了自治区人民政府主席所作的政府工作报告。\n会议应出席代表550名，实到530名。\n【打印本页】 【关闭窗口】\n主办：新疆维吾尔自治区人民政府办公厅  承办：县融媒体中心\n新ICP备05001234号\n",
		trapWant{title: "自治区十四届人大常委会第七次会议闭幕", province: "新疆维吾尔自治区", city: "", district: "", level: "province", docType: "其他", year: 2023, date: "2023-12-30"},
	},
	{
		"a dispatch's full day dates the story over a repost's publication date in the next year (an old miss of review Y)", "r224_09_dispatch_over_repost_year.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 要闻\n新疆维吾尔自治区十三届人大常委会第十三次会议闭幕\n发布时间：2020-01-02 来源：中国日报\n新华社2019年12月31日乌鲁木齐电 记者李明 新疆维吾尔自治区十三届人大常委会第十三次会议12月31日闭幕。\n大会听取了自治区人民政府主席所作的政府工作报告。\n会议应出席代表550名，实到530名，符合法定人数。\n【打印本页】 【关闭窗口】\n主办：新疆维吾尔自治区人民政府办公厅  承办：县融媒体中心\n新ICP备05001234号\n",
		trapWant{title: "新疆维吾尔自治区十三届人大常委会第十三次会议闭幕", province: "新疆维吾尔自治区", city: "", district: "", level: "province", docType: "其他", year: 2019, date: "2019-12-31"},
	},
	{
		"a township's work summary (虹桥镇2024年工作总结和2025年工作思路) names its document: the title (round 218, holdout1312 f07)", "r224_10_work_summary_title.txt",
		"虹桥镇2024年工作总结和2025年工作思路 虹桥镇2024年工作总结和2025年工作思路 |\n2024年,虹桥镇在市委市政府坚强领导下,深入践行“八八战略”,持续奋战“1310”,取得了阶段性的成果,经济社会发展各项事业迈上新台阶。 一、2024年工作总结 (一)在产业比拼中进一步壮大了动力引擎。快马加鞭推动项目“双进”,如期完成小乌石工业园区一期166.9亩、高精特新产业园区二期149.5亩组件上报,投用合兴三期,完成万泰、乐江项目及嘉得5G主体部分,致威项目提前结顶并获评骏马项目;大明电子基本完成桩基工程,正在挖掘地下室。持续优化营商环境,首创“政务+商会”驿站服务模式,入选省工商联2024年亲清关系乡镇实践探索名单。深耕产业平台建设,乐清电子智联小镇入选省首批示范型数字经济产业园名单,为温州唯一。1-9月,规上工业产值126.8亿元,同比增长8.5%,高于全市平均1个百分点。13项主要经济指标中,有8项增速高于全市平均,其中限上固定资产投资完成率91.9%、居全市第三;规上工业研发费用增速16.3%、居全市第五。另同步引进外资240万美元,居同类乡镇第一。 (二)在项目攻坚中进一步推动了城镇蝶变。琴山公园一期完成预验收,铁路桥下空间三期完成竣工验收并实现一期、二期、三期全线贯通,完工单板桥村等4个村和美乡村项目,实现全镇和美乡村覆盖率超50%,获温州市最美乡镇擂台赛第3名。加快构建“四纵九横”道路网,环城东路二标段已进入收尾阶段、三标段正加紧建设,城南大道延伸、虹三线进展顺利。 (三)在民生优享中进一步提升了幸福指数。统筹推进教育工作,虹桥中学迁扩建项目进场填方,虹桥中学高考特控线招录人数、虹桥职业中学本科招录人数均创历史新高,5项教研成果获省级评价。持续加强民生关怀",
		trapWant{title: "虹桥镇2024年工作总结和2025年工作思路", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a document site's file extension and paid mark (.docxVIP) are cut from a title (round 218, holdout1309 f06)", "r224_11_docx_vip_mark.txt",
		"2025年乡镇政府镇长工作总结及2026年工作计划.docxVIP\n\n  • 0\n  • 0\n  • 约4.99千字\n  • 约 11页\n  • 2026-01-22 发布于四川\n  • 举报\n\n2025年乡镇政府镇长工作总结及2026年工作计划.docx\n\n2025年乡镇政府镇长工作总结及2026年工作计划\n",
		trapWant{title: "2025年乡镇政府镇长工作总结及2026年工作计划", province: "", city: "", district: "", level: "", docType: "其他", year: 2026, date: "2026-01-22"},
	},
	{
		"a lead opening on a province's congress session named short (江苏省十二届人大四次会议将于…召开) places the story in the province (round 218, holdout1311 f03)", "r224_12_province_session_opens_lead.txt",
		"江苏省十二届人大四次会议将于2017年1月24日在南京召开,28日闭幕,为期5天。除了按惯例听取和审议省政府、省人大常委会和两院工作报告外,代表还将审查计划报告、预算报告,审议一批与民生相关的条例(草案修改稿)等。与以往不同的是,今年将审议通过全省\"十三五\"发展规划,审议制定地方性法规的条例,还要选举江苏省人民政府省长、江苏省人民检察院检察长。为压缩会期,提高效率,此次人代会期间,将首次安排晚上时间召开*团会,经人代会选举产生的新任命国家工作人员还将首次进行宪法宣誓。延续以往做法,省政府工作报告将翻译成英文版,分发给受邀参加旁听的部分江苏省荣誉公民、部分外国地方政府驻江苏办事处代表和外企主管等外宾。\n中国人民政治协商会议江苏省第十一届委员会第四次会议定于2017年1月23日在南京召开,会期4天半。会议的主要议程是:听取和学习讨论中共江苏省委书记罗志军讲话;听取和审议中国人民政治协商会议江苏省第十一届委员会常务委员会工作报告;听取和审议中国人民政治协商会议江苏省第十一届委员会常务委员会关于三次会议以来提案工作情况的报告;列席江苏省第十二届人民代表大会第四次会议,听取和讨论江苏省人民政府工作报告和其他有关报告;讨论江苏省国民经济和社会发展第十三个五年规划纲要(草案);选举;通过中国人民政治协商会议江苏省第十一届委员会第四次会议决议;其他事项。\n全国两会江苏代表团成员名单,两会江苏代表团全体名单和热点提案",
		trapWant{title: "", province: "江苏省", city: "", district: "", level: "province", docType: "其他", year: 2017, date: "2017-01-24"},
	},
	{
		"a pop-up's button (我知道了) alone on its line is furniture, not part of the headline under it (round 219, holdout1317 f08)", "r224_13_popup_button.txt",
		"我知道了\n县政府召开座谈会\n征求社会各界对政府工作报告的意见\n\n2月14日~15日,县政府召开两场座谈会,听取部分人大代表、政协委员、企业家、老干部、各民主党派和无党派人士代表、乡镇部门和村社代表对《政府工作报告(征求意见稿)》的意见建议。县委副书记、县长王波,县委常委、常务副县长张文斌分别参加。\n\n座谈会上,听取完《政府工作报告》起草情况的汇报后,大家就生态文明建设、推动乡村振兴、2023年民生实事、精准招引人才、企业梯度培育等方面提出了意见建议。\n\n",
		trapWant{title: "县政府召开座谈会征求社会各界对政府工作报告的意见", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a gazette's issue (公报【2018】第六期) is no title: the item's headline under it is (holdout1287 f07; round 219's holdout1318 f05 has the same layout)", "r224_14_gazette_issue_no_title.txt",
		"· 繁体 · 设为首页 · 加入收藏\n当前位置:首页>常委会公报\n\n公报【2018】第六期\n\n发布日期:2018-12-10 打印  |    字号:\n\n  洪山区第十五届人大常委会举行第十四次会议\n\n  \n\n  洪山区第十五届人大常委会第十四次会议定于2018年8月29日(星期三)上午8:40在区机关会议中心第三会议厅举行,会期半天。\n\n  会议听取和审议区人民政府关于区第十五届人民代表大会第二次会议议案和代表建议办理工作进展情况的报告;听取和审议区人民政府2018年上半年国民经济和社会发展计划执行情况的报告;听取和表决区人民政府关于2017年财政收支决算(草案)情况的汇报;听取和审议区人民政府关于2017年预算执行及其他财政收支审计情况的汇报;听取和表决区人民政府2018年预算调整方案(草案)的议案;听取和审议区人民政府关于洪山区2018年上半年财政预算收支执行情况的汇报; 听取和表决《武汉市洪山区人大常委会规范性文件备案审查工作办法(修订草案)》;人事任免事项。\n\n  会议由区人大常委会主任刘悦斋主持。区人大常委会副主任杨元宏、杨元知、王树忠、肖顺祥、苏民益、李建华和委员共35人出席了会议。\n",
		trapWant{title: "洪山区第十五届人大常委会举行第十四次会议", province: "湖北省", city: "武汉市", district: "洪山区", level: "county", docType: "其他", year: 2018, date: "2018-08-29"},
	},
	{
		"an audit office's announcement number before the report's title (安徽省审计厅2022年第2号公告:) is cut (round 219, holdout1316 f06)", "r224_15_issuer_announcement_number.txt",
		"• 无障碍|\n  • 长辈版\n绩溪县审计局\n您现在所在的位置: 网站首页> 政府信息公开首页 > 县审计局> 政策法规> 部门文件\n索引号: 113417310032627865/202208-00007 组配分类: 部门文件\n发布机构: 绩溪县审计局 主题分类: 财政、金融、审计\n名称: 安徽省审计厅2022年第2号公告:关于安徽省2021年度省级预算执行和其他财政收支的审计工作报告 文号:\n生成日期: 2022-08-19 发布日期: 2022-08-19\n索引号: 113417310032627865/202208-00007\n组配分类: 部门文件\n发布机构: 绩溪县审计局\n主题分类: 财政、金融、审计\n名称: 安徽省审计厅2022年第2号公告:关于安徽省2021年度省级预算执行和其他财政收支的审计工作报告\n文号:\n生成日期: 2022-08-19\n发布日期: 2022-08-19\n安徽省审计厅2022年第2号公告:关于安徽省2021年度省级预算执行和其他财政收支的审计工作报告\n发布时间:2022-08-19 18:30 来源:安徽省审计厅 浏览次数: 字体:[ ]\n\n\n关于安徽省2021年度省级预算执行和其他财政收支的审计工作报告\n\n——2022年7月28日在安徽省第十三届人民代表大会\n\n常务委员会第三十五次会议上\n\n省审计厅厅长  罗建国\n\n安徽省人民代表大会常务委员会:\n\n受省人民政府委托,报告2021年度省级预算执行和其他财政收支的审计情况,请予审议。\n\n2021年是安徽发展史上极不平凡的一年。一年来,全省各级审计机关坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平总书记对安徽作出的系列重要讲话指示批示精神,认真贯彻党中央、国务院决策部署,全面落实省委、省政府和审计署工作要求,立足经济监督,聚焦主责主业,早谋审计计划,贯彻落实“三个区分开来”要求,按照省委审计委员会第四次会议提出的“六个聚焦”目标任务,紧紧围绕保持经济平稳运行、提高政府支出",
		trapWant{title: "关于安徽省2021年度省级预算执行和其他财政收支的审计工作报告", province: "安徽省", city: "", district: "", level: "province", docType: "其他", year: 2022, date: "2022-07-28"},
	},
	{
		"a street office's summary under a public-information index is titled by its heading, and placed by the street's county (round 217, holdout1303 f05)", "r224_16_street_summary_under_index.txt",
		"索引号 001008003001085/2021-30196\n组配分类 计划总结 发布机构 蒲鞋市街道\n生成日期 2021-01-28 公开方式 主动公开\n\n蒲鞋市街道2020年工作总结及2021年工作思路\n\n\n一、2020年工作总结\n\n今年是“十三五规划”收官之年,也是全面建成小康社会的决胜之年。一年来,街道认真贯彻落实市委市政府、区委区政府系列决策部署,紧扣“奋战1161、奋进2020”主题主线,聚焦“三强两促”抓落实,统筹疫情防控和经济社会发展“双线作战”,各项工作取得新进展。\n\n(一)疫情防控成效显著。采用“党建+微网格”模式深化服务,严格按照 “不漏一户、不落一人”的要求进行全方位排查,累计排查人数10余万人次。截至11月底,共计处理管控人员数据53264条,体温发热人员6000余人次,6月以来,集中隔离39人。将辖区原有96个网格的细分为761个“微网格”,发动1100余名党员干部、物业人员、志愿者力量累计排查16万人次,分发防疫便民卡41000张,充分运用大数据服务困难群众207户;以锦园社区为试点推进小区“智慧技防”建设,精细化落实“外防输入、内防反弹”各项措施。7月至今,紧盯密接对象47人、重点地区返鹿对象约1200余人,落实14天的隔离管理和健康状况监测,实现疫情防控常态化。街道党工委被市委组织部评为“市第二批疫情防控事迹突出的党组织”,在全区14个街镇中唯一一个被市委市政府授予 “温州市抗击新冠肺炎疫情先进集体”荣誉称号。\n",
		trapWant{title: "蒲鞋市街道2020年工作总结及2021年工作思路", province: "浙江省", city: "温州市", district: "鹿城区", level: "county", docType: "其他", year: 2021, date: "2021-01-28"},
	},
	{
		"a speaker with the day he read the report in brackets after its title (（市长 张明 2024年1月10日）) is cut from it (an old miss of review W)", "r223_01_speaker_with_day.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政府工作报告\n2024年萍乡市政府工作报告（市长 张明 2024年1月10日）\n发布时间：2024-01-16 来源：萍乡日报\n——2024年1月10日在萍乡市第十六届人民代表大会第四次会议上\n市长 张明\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议，并请市政协各位委员和其他列席人员提出意见。\n一、2023年工作回顾\n过去的一年，全市地区生产总值增长5.0%，一般公共预算收入增长6.1%。\n【打印本页】 【关闭窗口】\n主办单位：萍乡市人民政府办公室  承办：萍乡市大数据中心\n赣ICP备05004455号\n",
		trapWant{title: "2024年萍乡市政府工作报告", province: "江西省", city: "萍乡市", district: "", level: "city", docType: "政府工作报告", year: 2024, date: "2024-01-10"},
	},
	{
		"a speaker whose name has a middle dot (（州长 艾尔肯·吐尼亚孜）) is cut from the title (an old miss of review W)", "r223_02_speaker_dotted_name.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政府工作报告\n2024年伊犁州政府工作报告（州长 艾尔肯·吐尼亚孜）\n发布时间：2024-01-15 来源：伊犁日报\n——2024年1月10日在伊犁哈萨克自治州第十五届人民代表大会第四次会议上\n州长 艾尔肯·吐尼亚孜\n各位代表：\n现在，我代表州人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n过去一年，全州地区生产总值增长6.5%。\n主办：伊犁哈萨克自治州人民政府办公室\n",
		trapWant{title: "2024年伊犁州政府工作报告", province: "新疆维吾尔自治区", city: "伊犁哈萨克自治州", district: "", level: "city", docType: "政府工作报告", year: 2024, date: "2024-01-10"},
	},
	{
		"an index's validity field labelled 时效性： run onto a communiqué's title is cut (an old miss of review W)", "r223_03_validity_shixiaoxing.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 统计信息\n萍乡市2023年国民经济和社会发展统计公报 时效性：有效\n发布时间：2024-03-28 来源：萍乡市统计局\n2023年，面对复杂严峻的外部环境，全市上下坚持稳中求进工作总基调，经济运行持续回升向好。\n一、综合\n初步核算，全年全市地区生产总值1302.5亿元，比上年增长5.0%。\n二、农业\n全年粮食播种面积131.2千公顷，粮食总产量87.4万吨。\n【打印本页】 【关闭窗口】\n主办单位：萍乡市人民政府办公室  承办：萍乡市大数据中心\n赣ICP备05004455号\n",
		trapWant{title: "萍乡市2023年国民经济和社会发展统计公报", province: "江西省", city: "萍乡市", district: "", level: "city", docType: "统计公报", year: 2024, date: "2024-03-28"},
	},
	{
		"a listing's day with its time and no year in brackets ([03-28 10:20]) is cut from a title (an old miss of review W)", "r223_04_bracketed_day_time.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 统计信息\n萍乡市2023年国民经济和社会发展统计公报[03-28 10:20]\n发布时间：2024-03-28 来源：萍乡市统计局\n2023年，面对复杂严峻的外部环境，全市上下坚持稳中求进工作总基调，经济运行持续回升向好。\n一、综合\n初步核算，全年全市地区生产总值1302.5亿元，比上年增长5.0%。\n二、农业\n全年粮食播种面积131.2千公顷，粮食总产量87.4万吨。\n【打印本页】 【关闭窗口】\n主办单位：萍乡市人民政府办公室  承办：萍乡市大数据中心\n赣ICP备05004455号\n",
		trapWant{title: "萍乡市2023年国民经济和社会发展统计公报", province: "江西省", city: "萍乡市", district: "", level: "city", docType: "统计公报", year: 2024, date: "2024-03-28"},
	},
	{
		"a draft's stage after a dash (-讨论稿) is part of the title, no site's name (an old miss of review W)", "r223_05_draft_stage_tail.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政府工作报告\n2024年萍乡市政府工作报告-讨论稿\n发布时间：2024-01-16 来源：萍乡日报\n——2024年1月10日在萍乡市第十六届人民代表大会第四次会议上\n市长 张明\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议，并请市政协各位委员和其他列席人员提出意见。\n一、2023年工作回顾\n过去的一年，全市地区生产总值增长5.0%，一般公共预算收入增长6.1%。\n【打印本页】 【关闭窗口】\n主办单位：萍乡市人民政府办公室  承办：萍乡市大数据中心\n赣ICP备05004455号\n",
		trapWant{title: "2024年萍乡市政府工作报告-讨论稿", province: "江西省", city: "萍乡市", district: "", level: "city", docType: "政府工作报告", year: 2024, date: "2024-01-10"},
	},
	{
		"delegates discussing the report after a kicker and a dash (奋进新征程-代表热议…) make a story, typed 其他 (an old miss of review W)", "r223_06_kicker_dash_delegates_discuss.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 今日萍乡\n奋进新征程-代表热议2024年萍乡市政府工作报告\n发布时间：2024-01-10 来源：萍乡日报\n1月9日，市长作政府工作报告，引发与会代表热烈反响。代表们表示，报告总结成绩实事求是，部署工作务实有力。\n【打印本页】 【关闭窗口】\n主办单位：萍乡市人民政府办公室  承办：萍乡市大数据中心\n赣ICP备05004455号\n",
		trapWant{title: "奋进新征程-代表热议2024年萍乡市政府工作报告", province: "江西省", city: "萍乡市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-10"},
	},
	{
		"the mayor answering the press on the report (（市长 答记者问）) is a story, typed 其他, its note kept (an old miss of review W)", "r223_07_press_answers_other.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政策解读\n2024年萍乡市政府工作报告（市长 答记者问）\n发布时间：2024-01-18 来源：萍乡市人民政府办公室\n市长张明在接受记者采访时，就2024年政府工作报告中的重点任务作了解读。\n他表示，今年将聚焦产业升级、城市更新、民生改善三大方面。\n【打印本页】 【关闭窗口】\n主办单位：萍乡市人民政府办公室  承办：萍乡市大数据中心\n赣ICP备05004455号\n",
		trapWant{title: "2024年萍乡市政府工作报告（市长答记者问）", province: "江西省", city: "萍乡市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-18"},
	},
	{
		"a reading's tag over an outline's quoted name (【文字解读】《…纲要》) stays in the title, typed 其他 (round 217, holdout1306 f02)", "r223_08_reading_tag_outline.txt",
		"【文字解读】《相山区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》\n\n字体大小:【\n浏览次数:信息来源: 相山区发展和改革委员会发布时间:2021-09-02 15:22\n\n一、背景和依据\n\n“十四五”规划是开启全面建设社会主义现代化国家新征程的第一个五年规划,做好“十四五”规划编制工作意义重大而深远。党中央、国务院高度重视“十四五”规划编制,习近平总书记多次对“十四五”规划编制工作作出重要指示并主持召开多个层面座谈会,开门问策、集思广益。李克强总理多次主持召开“十四五”规划编制专题会议和编制工作领导小组会议,推进规划编制工作。根据党中央、国务院要求,国家、省、市发改委分别2019年3月6月、12月启动“十四五”规划编制工作。参照规划纲要编制进度安排,我20203月启动了“十四五”规划编制工作。\n\n二、制定意义\n\n“十四五”(2021-2025年)规划是开启全面建设社会主义现代化国家新征程的第一个五年规划。科学编制和有效实施相山区“十四五”规划,对于我区深入推进绿金淮北·品质相山”高质量发展,加快产业转型升级具有重大意义。\n",
		trapWant{title: "【文字解读】《相山区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》", province: "安徽省", city: "淮北市", district: "相山区", level: "county", docType: "其他", year: 2021, date: "2021-09-02"},
	},
	{
		"就 opening a headline (就政府工作报告 市领导分别征求…) is a preposition, no label to cut (round 217, holdout1307 f01)", "r223_09_jiu_opens_headline.txt",
		"1229日报.jpg w.jpg 1229京郊.jpg 1229晨报.jpg 1229商报.jpg 1229信报.jpg wz.jpg yy.png sdjsb.png U020160203609996595816.jpg xwyxz.png U020160203615056483362.jpg dxs.png\n四九城\n字号调整: A- A A+\n就政府工作报告 市领导分别征求社会各界意见\n2017-12-29 15:42:15北京日报\n发布时间:2017-12-29 15:42:15 文章来源:北京日报 作者:集体采写 网络编辑:王海萍\n【导语】连日来,市领导分别主持召开座谈会,就即将提交市十五届人大一次会议审议的《政府工作报告(征求意见稿)》向社会各界征求意见建议。\n\n  本报讯 连日来,市领导分别主持召开座谈会,就即将提交市十五届人大一次会议审议的《政府工作报告(征求意见稿)》向社会各界征求意见建议。\n\n  市委常委、常务副市长张工听取了来自财政部以及财税、金融等领域专家代表的意见建议,与会专家畅所欲言,提出“注重发展绿色金融”“更多借助市场经济与社会各界力量”“投融资决策中要考虑潜在环境影响”等意见建议。张工表示将充分听取各方面意见和建议,丰富和完善《政府工作报告》,更好地回应人民群众的关切。\n\n  市委常委、副市长阴和俊听取了来自高校、科研院所、双创企业等机构代表的意见和建议,与会代表就全国科技创新中心建设、全球顶尖人才汇集、新兴科技产业发展、知识产权保护等方面提出意见和建议。阴和俊表示,将把大家的意见和建议,融入实际工作,更好推进全国科技创新中心建设。\n\n  副市长程红听取了高等教育、媒体、生物医药企业、老字号等领域代表的意见和建议。与会代表就“科技人才”“大气治理”“疏解整治促提升”等工作提出意见和建议。程红表示,充分听取大家的意见和建议,使报告更好地回应人民关切。\n\n  副市长、市公安局局长王小洪听取了来自公安、消防",
		trapWant{title: "就政府工作报告市领导分别征求社会各界意见", province: "北京市", city: "", district: "", level: "province", docType: "其他", year: 2017, date: "2017-12-29"},
	},
	{
		"a read-aloud button (朗读) is furniture, and the site's government alone on its line does not continue a township's report title under it (round 217, holdout1305 f04)", "r223_10_readaloud_site_over_township.txt",
		"莒南县人民政府\n朗读\n\n筵宾镇人民政府工作报告(2024年)\n\n来源:筵宾镇 打印\n\n各位代表、同志们:\n\n现在,我代表筵宾镇人民政府,向大会作政府工作报告,请各位代表审议,并请各位列席代表提出意见和建议。\n\n一、2023年工作回顾\n",
		trapWant{title: "筵宾镇人民政府工作报告(2024年)", province: "山东省", city: "临沂市", district: "莒南县", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"街道 before a year opening a street office's summary is its name, no label (round 217, holdout1303 f04)", "r223_11_jiedao_not_label.txt",
		"街道2020年上半年工作总结和下半年工作计划\n2020年上半年,XX街道在习近平新时代中国特色社会主义思想和党的十九大精神引领下,在XX区委、区政府的正确领导下,坚持“不忘初心,牢记使命”,以让群众“办事省心、服务舒心、委托放心”为工作动力,在扎实推进各项工作任务的同时,坚持打磨团队素质,注重发挥主观能动性以不断争取更多工作成果,现工作总结如下:\n一、蹄疾步稳开展党建工作\n(一)张弛有度,保证基础工作平稳发展。一是扎实推进党代表工作。街道党代表工作室成员以“传递群众呼声、勇担代表责任、共建温馨家园”为宗旨,“知党情、听民意、促和谐、谋发展”为目标,着重从组织架构、制度职责、服务形式、开展效果四大方面扎实推进党代表任期制工作。在2020年第一季度“不忘初心、牢记使命,扎实为基层群众办实事”党代表接待日活动及第二季度“持续推进作风建设”党代表接待日活动中,与会代表们认真听取了党员群众提出的有关社区办公用房、社区居民精神文化生活提升、工作人员作风建设等多方面的意见建议,表示一定会让百姓心声得到满意答复。二是采用“4+”管理法,搭建多元服务体系。通过“大+小”组合,组建社区“大党委”,优化组织设置,利用“专+兼”办法,推行委员月度轮流值班制度,捋顺运行机制。实施“8+16”全天候管理,由在职党员根据职业特点和兴趣特长,在“8小时”外“承包”社区服务岗位,利用节假日开展大走访、大慰问活动,帮助群众排忧解难,强化在职党员剩余16个小时的管理,引导党员自觉发挥先锋模范作用。运行“线上+线下”服务,打造社区“邻里群”,积极推进“智慧社区”建设。三是积极开展“四认四亮”活动。利用“四联双报到”APP平台,用认组织亮身",
		trapWant{title: "街道2020年上半年工作总结和下半年工作计划", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"with the site's government known from its footer, another county's document under 相关链接 is passed over and the page's own full title taken (a review finding on meta-281)", "r223_12_organ_related_links_own_full.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政府信息公开 > 政府文件\n县人民政府关于印发2024年政府工作报告重点工作任务分工方案的通知\n发布日期：2024-02-20 来源：万载县人民政府办公室\n相关链接：\n上高县人民政府关于印发2024年政府工作报告重点工作任务分工方案的通知\n宜丰县2024年政府工作报告重点工作任务分工方案解读\n万载县人民政府关于印发2024年政府工作报告重点工作任务分工方案的通知\n各乡镇人民政府，县政府各部门：\n现将《2024年政府工作报告重点工作任务分工方案》印发给你们，请认真贯彻落实。\n万载县人民政府\n2024年2月18日\n【打印本页】 【关闭窗口】\n主办：万载县人民政府办公室  承办：万载县信息中心\n赣ICP备05003322号\n",
		trapWant{title: "万载县人民政府关于印发2024年政府工作报告重点工作任务分工方案的通知", province: "江西省", city: "宜春市", district: "万载县", level: "county", docType: "其他", year: 2024, date: "2024-02-18"},
	},
	{
		"another county's document of the same name in a list with no related-list heading (兄弟县区) is passed over when the footer names the site's county: the short title stays, the place is the footer's (a review finding on meta-281)", "r223_13_organ_sibling_list.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政府信息公开 > 政府文件\n县人民政府关于印发2024年政府工作报告重点工作任务分工方案的通知\n发布日期：2024-02-20 来源：县政府办\n各乡镇人民政府，县政府各部门：\n现将《2024年政府工作报告重点工作任务分工方案》印发给你们，请认真贯彻落实。\n县人民政府\n2024年2月18日\n兄弟县区\n上高县人民政府关于印发2024年政府工作报告重点工作任务分工方案的通知\n【打印本页】 【关闭窗口】\n主办：万载县人民政府办公室  承办：万载县信息中心\n赣ICP备05003322号\n",
		trapWant{title: "县人民政府关于印发2024年政府工作报告重点工作任务分工方案的通知", province: "江西省", city: "宜春市", district: "万载县", level: "county", docType: "其他", year: 2024, date: "2024-02-18"},
	},
	{
		"a related-list heading (相关附件：) between the listing's short title and the page's full one no longer stops the scan when the site's government is known (a review finding on meta-281)", "r223_14_organ_attachments_above_full.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政府信息公开 > 政府文件\n县人民政府关于印发2024年政府工作报告重点工作任务分工方案的通知\n发布日期：2024-02-20 来源：县政府办\n相关附件：\n附件：2024年政府工作报告重点工作任务分工方案.docx\n万载县人民政府关于印发2024年政府工作报告重点工作任务分工方案的通知\n各乡镇人民政府，县政府各部门：\n现将《2024年政府工作报告重点工作任务分工方案》印发给你们，请认真贯彻落实。\n县人民政府\n2024年2月18日\n【打印本页】 【关闭窗口】\n主办：万载县人民政府办公室  承办：万载县信息中心\n赣ICP备05003322号\n",
		trapWant{title: "万载县人民政府关于印发2024年政府工作报告重点工作任务分工方案的通知", province: "江西省", city: "宜春市", district: "万载县", level: "county", docType: "其他", year: 2024, date: "2024-02-18"},
	},
	{
		"代县长三角… is 代县's story, not an acting county head's (a review finding on meta-281)", "r223_15_daixian_changsanjiao.txt",
		"1月12日，代县长三角地区招商推介会在上海举行，县政府有关负责人出席并推介。\n",
		trapWant{title: "", province: "山西省", city: "忻州市", district: "代县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a note in brackets (（市长专访）) is no speaker: it stays, and the page is typed 其他 (an old miss of review X)", "r223_16_speaker_note_zhuanfang.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政策解读\n2024年萍乡市政府工作报告（市长专访）\n发布时间：2024-01-18 来源：萍乡市人民政府办公室\n市长张明在接受记者采访时，就2024年政府工作报告中的重点任务作了解读。\n他表示，今年将聚焦产业升级、城市更新、民生改善三大方面。\n【打印本页】 【关闭窗口】\n主办单位：萍乡市人民政府办公室  承办：萍乡市大数据中心\n赣ICP备05004455号\n",
		trapWant{title: "2024年萍乡市政府工作报告（市长专访）", province: "江西省", city: "萍乡市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-18"},
	},
	{
		"a paper's dispatch with its full day (中国日报2020年1月7日乌鲁木齐电) gives the story's year (round 217, holdout1302 f07)", "r223_17_dispatch_full_day.txt",
		"中国日报2020年1月7日乌鲁木齐电 记者毛卫华 6日上午十点半新疆维吾尔自治区第十三届人民代表大会第三次会议准时开幕。\n刚刚过去的2019年,是新疆发展史上具有重大意义的一年,我们迎来了中华人民共和国成立70周年和新疆和平解放70周年。面对稳定发展的复杂形势和艰巨任务,在全面贯彻落实党的十九大和十九届二中、三中、四中全会精神,贯彻落实新时代党的治疆方略、特别是社会稳定和长治久安总目标,贯彻落实新疆维吾尔自治区党委“1+3+3+改革开放”工作部署,着力做好“六稳”工作,保持社会大局持续稳定和经济平稳健康发展,“十三五”规划主要指标进度符合预期,全面建成小康社会取得新的进展。\n“回去以后我要大力宣传政府工作报告,正确引导群众发展经济,今年带来的议案主要是关于外出务工的,希望政府能够大力帮扶农民进城务工。在驻村工作时最大的感受就是居住环境和人精神面貌的变化,这是新疆稳定带来的红利。”人大代表台来提·乌布力兴奋的说道。\n",
		trapWant{title: "", province: "新疆维吾尔自治区", city: "", district: "", level: "province", docType: "其他", year: 2020, date: "2020-01-07"},
	},
	{
		"an acting county head (代县长王伟带领…) on another county's site is no 代县 story: only a word on 长 (长城, 长效) makes 代县 the place (a review finding on meta-280)", "r222_01_daixian_acting_other_county.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 政务要闻\n县政府召开第12次常务会议\n发布时间：2024-01-13\n1月12日，代县长王伟带领县直有关部门负责人深入砂河镇调研重点项目建设。\n会议传达学习了省、市有关会议精神，研究部署了近期重点工作。\n会议强调，要扎实做好岁末年初各项工作，确保全县经济社会平稳运行。\n【打印】 【关闭】\n主办：繁峙县人民政府办公室  承办：繁峙县融媒体中心\n晋ICP备05001234号\n",
		trapWant{title: "县政府召开第12次常务会议", province: "山西省", city: "忻州市", district: "繁峙县", level: "county", docType: "其他", year: 2024, date: "2024-01-13"},
	},
	{
		"the page's full title under a listing's short one is taken though the page names its place only there (a review finding on meta-280)", "r222_02_organ_place_named_once.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政府信息公开 > 政府文件\n县人民政府关于印发2024年政府工作报告重点工作任务分工方案的通知\n发布日期：2024-02-20 来源：县政府办\n万载县人民政府关于印发2024年政府工作报告\n重点工作任务分工方案的通知\n各乡镇人民政府，县政府各部门：\n现将《2024年政府工作报告重点工作任务分工方案》印发给你们，请认真贯彻落实。\n县人民政府\n2024年2月18日\n【打印本页】 【关闭窗口】\n",
		trapWant{title: "万载县人民政府关于印发2024年政府工作报告重点工作任务分工方案的通知", province: "江西省", city: "宜春市", district: "万载县", level: "county", docType: "其他", year: 2024, date: "2024-02-18"},
	},
	{
		"another county's document in a related list (相关文件：) is passed over even when the list names that county twice; with the site's county known from its footer, the page's own full title under the list is taken (a review finding on meta-280; want changed in meta-282)", "r222_03_organ_related_other_twice.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政府信息公开 > 政府文件\n县人民政府关于印发2024年政府工作报告重点工作任务分工方案的通知\n发布日期：2024-02-20 来源：万载县人民政府办公室\n相关文件：\n上高县人民政府关于印发2024年政府工作报告重点工作任务分工方案的通知\n上高县2024年政府工作报告重点工作任务分工方案解读\n万载县人民政府关于印发2024年政府工作报告重点工作任务分工方案的通知\n各乡镇人民政府，县政府各部门：\n现将《2024年政府工作报告重点工作任务分工方案》印发给你们，请认真贯彻落实。\n万载县人民政府\n2024年2月18日\n【打印本页】 【关闭窗口】\n主办：万载县人民政府办公室  承办：万载县信息中心\n赣ICP备05003322号\n",
		trapWant{title: "万载县人民政府关于印发2024年政府工作报告重点工作任务分工方案的通知", province: "江西省", city: "宜春市", district: "万载县", level: "county", docType: "其他", year: 2024, date: "2024-02-18"},
	},
	{
		"a note in brackets after a report's title (（市长解读版）) is no speaker: it stays (a review finding on meta-280)", "r222_04_speaker_note_jieduban.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政策解读\n2024年萍乡市政府工作报告（市长解读版）\n发布时间：2024-01-18 来源：萍乡市人民政府办公室\n市长张明在接受记者采访时，就2024年政府工作报告中的重点任务作了解读。\n他表示，今年将聚焦产业升级、城市更新、民生改善三大方面。\n【打印本页】 【关闭窗口】\n主办单位：萍乡市人民政府办公室  承办：萍乡市大数据中心\n赣ICP备05004455号\n",
		trapWant{title: "2024年萍乡市政府工作报告（市长解读版）", province: "江西省", city: "萍乡市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-18"},
	},
	{
		"a lead on 代县 itself before a word on 长 (代县长城保护工作推进会召开) is 代县's: only 代县长 and a name acting (a review finding on meta-279)", "r221_01_daixian_02_changcheng.txt",
		"1月12日下午，代县长城保护工作推进会召开，县政府有关负责人出席并讲话，会议对雁门关段长城保护修缮工作进行安排部署。\n",
		trapWant{title: "", province: "山西省", city: "忻州市", district: "代县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"…and before 长效 (代县长效管护机制…) (a review finding on meta-279)", "r221_02_daixian_04_changxiao.txt",
		"1月12日，代县长效管护机制建设现场会召开，县政府有关负责人出席会议并讲话。\n",
		trapWant{title: "", province: "山西省", city: "忻州市", district: "代县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a subtitle after an ASCII hyphen that focuses on the report (…-聚焦2024年…政府工作报告) makes a story: 其他 (a review finding on meta-279)", "r221_04_hyphen_02_ascii_focus.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 今日萍乡\n坚定信心开新局-聚焦2024年萍乡市政府工作报告\n发布时间：2024-01-10 来源：萍乡日报\n1月9日，市长作政府工作报告，引发与会代表热烈反响。代表们表示，报告总结成绩实事求是，部署工作务实有力。\n【打印本页】 【关闭窗口】\n主办单位：萍乡市人民政府办公室  承办：萍乡市大数据中心\n赣ICP备05004455号\n",
		trapWant{title: "坚定信心开新局-聚焦2024年萍乡市政府工作报告", province: "江西省", city: "萍乡市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-10"},
	},
	{
		"a mayor and his name in brackets after the report's title (（市长 张明）) are no part of it (a review finding on meta-279)", "r221_05_speaker_07_mayor.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 政府工作报告\n2024年萍乡市政府工作报告（市长 张明）\n发布时间：2024-01-16 来源：萍乡日报\n——2024年1月10日在萍乡市第十六届人民代表大会第四次会议上\n市长 张明\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议，并请市政协各位委员和其他列席人员提出意见。\n一、2023年工作回顾\n过去的一年，全市地区生产总值增长5.0%，一般公共预算收入增长6.1%。\n【打印本页】 【关闭窗口】\n主办单位：萍乡市人民政府办公室  承办：萍乡市大数据中心\n赣ICP备05004455号\n",
		trapWant{title: "2024年萍乡市政府工作报告", province: "江西省", city: "萍乡市", district: "", level: "city", docType: "政府工作报告", year: 2024, date: "2024-01-10"},
	},
	{
		"a listing's day and time in brackets after a title ([2024-03-28 10:20]) are cut, the title kept (a review finding on meta-279)", "r221_06_bday_06_day_time.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 政务公开 > 统计信息\n萍乡市2023年国民经济和社会发展统计公报[2024-03-28 10:20]\n发布时间：2024-03-28 来源：萍乡市统计局\n2023年，面对复杂严峻的外部环境，全市上下坚持稳中求进工作总基调，经济运行持续回升向好。\n一、综合\n初步核算，全年全市地区生产总值1302.5亿元，比上年增长5.0%。其中，第一产业增加值86.1亿元，增长4.0%；第二产业增加值540.3亿元，增长5.2%；第三产业增加值676.1亿元，增长5.0%。\n二、农业\n全年粮食播种面积131.2千公顷，粮食总产量87.4万吨。\n【打印本页】 【关闭窗口】\n主办单位：萍乡市人民政府办公室  承办：萍乡市大数据中心\n赣ICP备05004455号\n",
		trapWant{title: "萍乡市2023年国民经济和社会发展统计公报", province: "江西省", city: "萍乡市", district: "", level: "city", docType: "统计公报", year: 2024, date: "2024-03-28"},
	},
	{
		"a share prompt that asks to open the page (手机扫一扫打开当前页) is furniture over the headline (a review finding on meta-278)", "r220_07_share_03_prompt_open_page.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 今日萍乡\n手机扫一扫打开当前页\n萍乡市召开政府工作报告征求意见座谈会\n发布时间：2023-12-20 来源：萍乡市人民政府办公室\n12月19日，市政府召开座谈会，就《政府工作报告（征求意见稿）》听取各民主党派、工商联和无党派人士代表意见建议。市长主持会议并讲话。\n与会人员围绕经济发展、民生改善等方面提出意见建议。\n【打印】 【关闭】\n主办：萍乡市人民政府办公室  承办：萍乡市大数据中心\n赣ICP备05003344号\n",
		trapWant{title: "萍乡市召开政府工作报告征求意见座谈会", province: "江西省", city: "萍乡市", district: "", level: "city", docType: "其他", year: 2023, date: "2023-12-20"},
	},
	{
		"a related document's title in a list (相关文件： / 上高县人民政府关于印发…) does not replace the listing's short title of the page's own (a review finding on meta-278)", "r220_08_org_06_related_other_county.txt",
		"首页 > 信息公开 > 政府文件\n县人民政府关于印发2024年政府工作报告重点工作分工方案的通知\n发布日期：2024-02-06 来源：万载县人民政府办公室\n相关文件：\n上高县人民政府关于印发2024年政府工作报告重点工作分工方案的通知\n万府发〔2024〕2号\n各乡镇人民政府，县政府各部门：\n现将《2024年政府工作报告重点工作分工方案》印发给你们，请结合实际，认真贯彻落实。\n万载县人民政府\n2024年2月5日\n",
		trapWant{title: "县人民政府关于印发2024年政府工作报告重点工作分工方案的通知", province: "江西省", city: "宜春市", district: "万载县", level: "county", docType: "其他", year: 2024, date: "2024-02-05"},
	},
	{
		"a stray digit other than 0 right after 公报 is cut too (a review finding on meta-278)", "r220_09_dig_02_gongbao_digit_one.txt",
		"首页 > 政务公开 > 统计信息\n宜春市2023年国民经济和社会发展统计公报1\n发布时间：2024-03-28 来源：宜春市统计局\n2023年，面对复杂严峻的外部环境，全市经济运行持续回升向好。\n一、综合\n初步核算，全年全市地区生产总值3525.6亿元，比上年增长4.8%。其中，第一产业增加值421.3亿元，增长4.0%；第二产业增加值1521.7亿元，增长4.9%。\n二、农业\n全年粮食总产量50.3亿斤。\n",
		trapWant{title: "宜春市2023年国民经济和社会发展统计公报", province: "江西省", city: "宜春市", district: "", level: "city", docType: "统计公报", year: 2024, date: "2024-03-28"},
	},
	{
		"a subtitle after a single full-width hyphen that focuses on the report (－聚焦2024年…政府工作报告) makes a story: 其他 (a review finding on meta-278)", "r220_10_sub_08_single_hyphen_focus.txt",
		"首页 > 新闻中心 > 宜春要闻\n坚定信心开新局－聚焦2024年宜春市政府工作报告\n发布时间：2024-01-10 来源：宜春日报\n1月9日，市长作政府工作报告，引发与会代表热烈反响。代表们表示，报告总结成绩实事求是，部署工作务实有力。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "坚定信心开新局－聚焦2024年宜春市政府工作报告", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-10"},
	},
	{
		"an autonomous prefecture's full title under a listing's 州人民政府关于… is taken, the place ending on the level the listing kept (a review finding on meta-278)", "r220_11_org_02_prefecture_full_title.txt",
		"当前位置：首页 > 政府信息公开 > 规划计划\n索引号：11422800MB0A12345X/2021-01234 公开日期：2021-04-09\n州人民政府关于印发恩施州国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知\n\n恩施州政发〔2021〕3号\n\n恩施土家族苗族自治州人民政府关于印发\n\n恩施州国民经济和社会发展第十四个五年规划\n\n和二〇三五年远景目标纲要的通知\n\n各县、市人民政府，州政府各部门：\n\n《恩施州国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》已经州八届人大六次会议审议批准，现印发给你们，请认真组织实施。\n\n恩施土家族苗族自治州人民政府\n\n2021年3月31日\n",
		trapWant{title: "恩施土家族苗族自治州人民政府关于印发恩施州国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知", province: "湖北省", city: "恩施土家族苗族自治州", district: "", level: "city", docType: "五年规划纲要", year: 2021, date: "2021-03-31"},
	},
	{
		"a story opening on its byline in square brackets (【记者 李明】…决算数据近日出炉) is no budget report: 其他 (a review finding on meta-278)", "r220_12_byl_06_square_byline.txt",
		"【记者 李明】宜春市2023年财政决算数据近日出炉。数据显示，2023年，全市一般公共预算收入完成250.6亿元，增长5.1%；一般公共预算支出完成612.4亿元，增长3.2%。全市政府性基金收入完成180.2亿元，政府性基金支出完成230.5亿元，其中专项债支出88.8亿元。\n",
		trapWant{title: "", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a lead's acting county head (代县长汪驰主持召开座谈会) places no story in 代县 (round 216)", "r220_05_h1300_f01.txt",
		"1月12日下午,代县长汪驰主持召开座谈会,就即将召开的县十四届人民代表大会第四次会议上的政府工作报告(征求意见稿)征求老干部意见。\n座谈会上,县府办有关人员首先就《政府工作报告》的起草情况和报告内容作了说明。与会老干部纷纷发言,各抒己见,对09年全县经济社会发展取得的成绩和政府工作给予了充分肯定,并围绕《报告》积极建言献策。大家认为,《政府工作报告》(讨论稿)思路清晰、内容精辟、实事求是地回顾总结了去年的工作及存在的问题,客观实在地提出了2010年指导思想和目标任务。会上,老干部们还就十大重点民生工程建设、社会事业发展、加强政府自身建设等问题,提出了许多宝贵意见和建议。\n座谈过程中,汪驰认真听取了老干部的真知灼见,一一认真记录下了他们的建议意见,并对老干部们积极建言献策表示感谢。汪驰表示,老干部们提出的意见和建议客观中肯,切合文成实际,对丰富会议报告内容、完善会议报告结构都有着积极的意义,县政府将逐一进行梳理并认真予以采纳。同时希望老干部们继续发挥余热,一如既往地关心支持县委、县政府的工作,为我县经济社会又好又快地发展出谋划策。\n",
		trapWant{title: "", province: "浙江省", city: "温州市", district: "文成县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline opening on what is done to the draft (征求对《政府工作报告》…的意见建议) keeps those words: no label cut (round 216)", "r220_06_h1297_f02.txt",
		"达州新闻 万源新闻 宣汉新闻 开江新闻 大竹新闻 渠县新闻\n地方网 > 四川 > 达州市 > 达州新闻 > 正文\n\n征求对《政府工作报告》 及政府工作的意见建议 郭亨孝主持召开座谈会\n\n来源:达州日报 2019-01-11 10:19   https://www.yybnet.net/\n\n本报讯 1月9日晚,市委副书记、市长郭亨孝主持召开座谈会,征求各民主党派、工商联、无党派人士代表对《政府工作报告(征求意见稿)》及政府工作的意见建议。市委常委、常务副市长邓瑜华,市委常委、统战部长、市总工会主席胡杰出席会议。\n\n座谈会上,市政府秘书长向仕春代表报告起草组介绍了《政府工作报告(征求意见稿)》的形成过程、基本框架和主要内容。市人大常委会副主任、民革达州市委主委梅榕,市政协副主席、民盟达州市委主委郝德恒,市政协副主席、农工党达州市委主委蒲春天,市政协副主席、民建达州市委主委陈明星等各民主党派、工商联负责人和无党派人士代表先后发言。大家认为,报告总结2018年工作客观实在,谋划2019年工作目标明确、思路清晰、措施有力,并就推动达州高质量发展、基础设施建设、壮大民营经济、优化营商环境、污染防治攻坚等工作提出具体意见和建议。\n",
		trapWant{title: "征求对《政府工作报告》 及政府工作的意见建议郭亨孝主持召开座谈会", province: "四川省", city: "达州市", district: "", level: "city", docType: "其他", year: 2019, date: "2019-01-11"},
	},
	{
		"a notice's validity field whose label lost its first characters, run onto the title's line (…的通知 性: 有效), is cut (round 215)", "r220_04_h1292_f02.txt",
		"您当前的位置:首页 > 叶集区政府办 > 政策文件 > 规范性文件发布\n号: /202108-00012 组配分类: 规范性文件发布\n发布机构: 叶集区政府办 主题分类: 国民经济管理、国有资产监管\n成文日期: 2021-03-12 00:00 发文日期: 2021-03-12 15:21\n文  号: 叶政〔2021〕1号 词: 远景目标\n政策咨询机关: 叶集区发改委>综合办公室 政策咨询电话: 0564-2770498\n名  称: 六安市叶集区人民政府关于印发《六安市叶集区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的通知 性: 有效\n\n六安市叶集区人民政府关于印发《六安市叶集区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的通知\n\n2021-03-12 15:21   浏览量:    信息来源:叶集区发改委      文字大小:[ ]   背景色:       \n\n叶政20211\n\n\n各乡镇人民政府、街道办事处,区政府各部门、各直属机构:\n\n《六安市叶集区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》已经六安市叶集区第一届人民代表大会第五次会议审查批准,现予以印发,请认真组织实施。\n",
		trapWant{title: "六安市叶集区人民政府关于印发《六安市叶集区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的通知", province: "安徽省", city: "六安市", district: "叶集区", level: "county", docType: "五年规划纲要", year: 2021, date: "2021-03-12"},
	},
	{
		"天津市人民政府 read as the text's own place is 天津市's, not 津市市's from the tail 津市 of its name before 人民 (round 215)", "r220_01_h1290_f07.txt",
		"刚刚,天津市人民政府印发通知,落实国务院《政府工作报告》。\n\n  关于落实国务院《政府工作报告》\n\n  重点工作的任务分工\n\n  为全面贯彻党的十九大和十九届二中、三中、四中全会精神,深入落实中央经济工作会议精神,推动国务院《政府工作报告》各项部署落地见效,切实做好2020年政府工作,实现经济社会发展目标任务,根据《国务院关于落实〈政府工作报告〉重点工作部门分工的意见》(国发〔2020〕6号),结合本市实际,提出如下任务分工:\n\n  总体要求和主要预期目标\n\n  1。在以习近平同志为核心的党中央坚强领导下,以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大和十九届二中、三中、四中全会精神,坚决贯彻党的基本理论、基本路线、基本方略,深入贯彻落实习近平总书记对天津工作“三个着力”重要要求和一系列重要指示批示精神,贯彻落实市委十一届七次全会、八次全会暨经济工作会议部署要求,增强“四个意识”、坚定“四个自信”、坚决做到“两个维护”,紧扣全面建成高质量小康社会目标任务,统筹推进疫情防控和经济社会发展工作,在疫情防控常态化前提下,坚持稳中求进工作总基调,坚持新发展理念,坚持以供给侧结构性改革为主线,坚持以改革开放为动力推动高质量发展,坚决打好三大攻坚战,加大“六稳”工作力度,保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转,坚定实施扩大内需战略,维护经济发展和社会稳定大局,全面建成高质量小康社会,实现“十三五”规划圆满收官。(市政府各部门分别负责,年内持续推进)\n",
		trapWant{title: "关于落实国务院《政府工作报告》重点工作的任务分工", province: "天津市", city: "", district: "", level: "province", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline on a CPPCC meeting consulting on the report (召开会议协商《政府工作报告》) is a story: 其他 (round 215)", "r220_02_h1292_f08.txt",
		"立即打开\n邵东政协召开会议协商《政府工作报告》\n2015-02-03 17:31:59\n  \n红网\n\n中国邵东网讯 2月2日下午,邵东县政协召开会议,就2015年《政府工作报告》(征求意见稿)进行商议。邵东县政协副主席王顺秋、郭竟成、谢光远、尹安中出席会议。县委常委、常务副县长谢益林列席会议。王顺秋主持会议。\n\n与会政协常委、政协委员代表就在2015年即将召开的县十六届人民代表大会第四次会议上宣读的《政府工作报告》(征求意见稿)进行了热烈讨论。大家都一致感觉,今年《政府工作报告》(征求意见稿)总结客观实在,对2015年提出的目标和思路科学合理。大家就2015年的一些主要工作及重要指标进行了商榷,还就文章结构、文字表述等进行了细致讨论,提出了意见和建议。\n",
		trapWant{title: "邵东政协召开会议协商《政府工作报告》", province: "湖南省", city: "邵阳市", district: "邵东县", level: "county", docType: "其他", year: 2015, date: "2015-02-03"},
	},
	{
		"a speaker's office and name in brackets after a report's title ((临海市审计局局长 董向阳)) is no part of it (round 215)", "r220_03_h1293_f08.txt",
		"进入老年模式 退出老年模式\n当前位置:首页\n> 政务公开 > 重点领域 > 审计信息\n临海市人民政府关于临海市2022年度本级预算执行和其他财政收支的审计工作报告(临海市审计局局长 董向阳)\n  • 日期: 2024- 01- 02 10: 54\n  • 来源: 市审计局\n  • 浏览次数:\n  • 字体:[ ]\n\n主任、各位副主任、各位委员:\n\n我受市人民政府委托,向市人大常委会报告我市2022年度预算执行和其他财政收支的审计情况,请予审议。\n\n根据审计法及相关规定,市审计局组织对2022年度本级预算执行和其他财政收支情况进行了审计。市审计局坚持以习近平新时代中国特色社会主义思想为指导,认真学习贯彻党的二十大精神,围绕市委市政府的中心工作和上级有关审计工作的决策部署,深刻把握新时代审计工作新定位和前进方向,紧扣预算执行和决算草案、重点民生项目及专项资金使用、国有资金资产资源管理以及公共投资项目管理等方面开展审计监督,着力揭示重大违纪违法问题和重大风险隐患,助力新时代审计工作在全面建设社会主义现代化、全面推进中华民族伟大复兴中发挥更好作用。\n",
		trapWant{title: "临海市人民政府关于临海市2022年度本级预算执行和其他财政收支的审计工作报告", province: "浙江省", city: "台州市", district: "临海市", level: "county", docType: "其他", year: 2024, date: "2024-01-02"},
	},
	{
		"a listing's day in brackets after the headline ((07-7-30)) is no part of it (round 214)", "r219_08_h1284_f05.txt",
		"重慶市人大常委會充分肯定預算執(zhí)行審計工作(07-7-30)\n7月24日,受重慶市人民政府委托,重慶市審計局局長王耘農向市二屆人大常委會第三十二次會議作了《關于2006年度市級預算執(zhí)行和其他財政收支的審計工作報告》,7月26日,市人大常委會對審計工作報告進行了分組審議。審計工作報告得到市人大常委會各位委員的充分肯定。\n市人大常委會指出,今年審計報告內容豐富,涵蓋了市財政和市發(fā)展改革委組織市級預算執(zhí)行情況、市級部門預算執(zhí)行情況、區(qū)縣財政決算審計情況、專項審計情況和國家建設項目審計情況,審計機關作了大量艱苦工作。審計機關堅持依法審計,客觀公正地反映情況,堅持原則,敢于揭示違法違規(guī)問題,為維護財經秩序、強化預算管理、促進依法行政和加強廉政建設等發(fā)揮了積極作用,市人大同意審計工作報告,對審計工作感到滿意。\n",
		trapWant{title: "重庆市人大常委会充分肯定预算执行审计工作", province: "重庆市", city: "", district: "", level: "province", docType: "其他", year: 0, date: ""},
	},
	{
		"a paper's weekday line with a full-width slash after the weekday (星期二／农历腊月廿七) is passed over too (a review finding on meta-277)", "r219_02_wk_4_weekday_fullwidth_slash.txt",
		"2024年02月06日\n星期二／农历腊月廿七\n站在新起点 树立新目标 奋力谱写宜春高质量发展新篇章\n2023年，面对复杂严峻的外部环境，在市委的坚强领导下，市政府团结带领全市人民，全力以赴拼经济、抓项目、促发展，全市地区生产总值增长4.8%，规模以上工业增加值增长5.1%，经济社会发展主要目标任务较好完成。\n2023年，面对复杂严峻的外部环境，在市委的坚强领导下，市政府团结带领全市人民，全力以赴拼经济、抓项目、促发展，全市地区生产总值增长4.8%，规模以上工业增加值增长5.1%，经济社会发展主要目标任务较好完成。\n",
		trapWant{title: "站在新起点树立新目标奋力谱写宜春高质量发展新篇章", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-02-06"},
	},
	{
		"a photo's caption crediting two reporters in brackets (（记者 付海旭 李欣 摄）) is passed over to the text (a review finding on meta-277)", "r219_03_ph_4_caption_two_names.txt",
		"保持定力接续奋斗 开启高质量发展“加速度”\n\n2\n\n宜万高速建设现场，桥墩浇筑和架梁同步推进。（记者 付海旭 李欣 摄）\n\n宜春市第五届人民代表大会第三次会议上，市长代表市人民政府作工作报告。报告客观真实、实事求是总结了过去一年工作，提出今年全市经济社会发展主要预期目标，并对2023年重点工作作出安排。即日起，本报推出系列报道深入解读政府工作报告。\n",
		trapWant{title: "保持定力接续奋斗开启高质量发展“加速度”", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a subtitle after full-width dashes that focuses on the report (…－－聚焦市长所作的政府工作报告) makes a story: 其他 (a review finding on meta-277)", "r219_04_sub_3_fullwidth_dash_focus.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 县区动态\n奋力谱写新篇章－－聚焦市长所作的政府工作报告\n发布时间：2024-01-10 来源：宜春日报\n1月9日，市长作政府工作报告，引发与会代表热烈反响。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "奋力谱写新篇章－－聚焦市长所作的政府工作报告", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-10"},
	},
	{
		"a listing's title that names its organ without the place (市人民政府关于印发…的通知) gives way to the full title the page breaks over three lines (round 213)", "r219_05_h1279_f08.txt",
		"当前位置:\n首页\n> 信息公开 > 发展规划 > 经济社会规划\n索引号: 0713/2016-00226 公开日期: 2016-12-24\n发布机构: 文号:\n市人民政府关于印发武穴市国民经济和社会发展第十三个五年规划纲要的通知 发布日期:2016-12-24 浏览次数: 次 字体:[ ]\n\n武政发〔2016〕9号\n\n武穴市人民政府关于印发\n\n武穴市国民经济和社会发展第十三个五年\n\n规划纲要的通知\n\n各镇人民政府,市政府各部门,各办事处:\n\n《武穴市国民经济和社会发展第十三个五年规划纲要》已于2016年2月28日经武穴市第七届人民代表大会第五次会议批准,经市政府审定,现印发给你们,请认真组织实施。\n\n武穴市人民政府     \n\n2016年4月20日\n\n武穴市国民经济和社会发展\n\n第十三个五年规划纲要\n\n目     录\n\n第一章  发展基础与发展环境\n\n一、发展基础\n\n二、发展环境 \n\n第二章  发展战略与目标  \n\n一、指导思想 \n\n二、发展原则 \n\n三、发展定位 \n\n四、发展目标 \n\n第三章  实施功能分区,优化空间布局\n\n一、城镇空间布局\n\n二、产业空间布局\n\n三、生态空间布局\n\n第四章  完善现代产业体系,壮大经济综合实力   \n",
		trapWant{title: "武穴市人民政府关于印发武穴市国民经济和社会发展第十三个五年规划纲要的通知", province: "湖北省", city: "黄冈市", district: "武穴市", level: "county", docType: "五年规划纲要", year: 2016, date: "2016-04-20"},
	},
	{
		"a story opening on its reporters' names in brackets ((方亮 朴峰)金普新区2024年财政决算数据近日出炉) is no budget report: 其他 (round 213)", "r219_06_h1282_f05.txt",
		"(方亮 朴峰)金普新区2024年财政决算数据近日出炉。数据显示,2024年,新区一般公共预算收入完成210.6亿元,增长7.1%,高于大连市平均增幅3.8个百分点,占大连市一般公共预算收入27.2%。一般公共预算支出完成252.4亿元,增长24%。全口径税收完成657.2亿元。其中:中央级497.6亿元、市级36.9亿元、区级122.7亿元。新区政府性基金预算执行情况方面,政府性基金收入完成36.2亿元,其中土地出让金收入32.1亿元。政府性基金支出完成85.7亿元,其中专项债支出38.8亿元。\n2024年,新区财政工作取得新进展新成效,财政收入首次突破200亿元大关,年内争取新增专项债、超长期特别国债、中央预算内投资等47.7亿元,为新区基础设施领域和社会事业领域提升提供有力支撑。“三资”盘活纵深推进,全年盘活存量资金7.4亿元、盘活行政事业资产收入2.5亿元。民生保障扎实有力,积极支持办好民生实事,促进各阶段教育高质量发展,支持提升卫生健康服务能力,全年民生支出189.9亿元,占一般公共预算支出的76%。发挥金融力量服务实体经济作用,竭力破解中小微企业融资难题,加大对科技型企业支持力度。\n",
		trapWant{title: "", province: "辽宁省", city: "大连市", district: "金普新区", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline over its outlet and day joined by a dot (郑州日报·2026-01-20 08:47) is the title (round 213)", "r219_07_h1281_f03.txt",
		"2026年河南省两会召开在即\n郑州日报·2026-01-20 08:47\n\n河南省两会会议安排 - 河南省十四届人大四次会议将于1月26日开幕 1月30日闭幕 正式会期4天半 [1] - 河南省政协十三届四次会议将于1月25日开幕 1月29日闭幕 正式会期4天半 [1] - 会议各项筹备工作已基本就绪 [1] - 两会期间将安排“代表通道”和“委员通道”集中采访活动 [3] 河南省人大会议议程 - 议程共九项 核心包括审议河南省人民政府工作报告 [1] - 将审查河南省国民经济和社会发展第十五个五年规划纲要草案 [1] - 将审查河南省2025年计划执行情况与2026年计划草案的报告及草案 [1] - 将审查河南省2025年预算执行情况和2026年预算草案的报告及草案 [1] - 将审议河南省人大常委会工作报告 [1] - 将审议河南省高级人民法院工作报告 [1] - 将审议河南省人民检察院工作报告 [1] - 将决定省人大有关专门委员会组成人员人选及进行选举事项 [1] 河南省政协会议议程 - 议程共八项 核心包括听取和审议政协河南省委员会常务委员会工作报告 [2] - 将听取和审议政协河南省委员会常务委员会关于提案工作情况的报告 [2] - 将列席省人大会议 听取并讨论政府工作报告及“十五五”规划纲要草案等报告 [2] - 将补选政协第十三届河南省委员会常务委员会组成人员 [2] - 将审议通过本次会议的政治决议 [2] - 将审议通过关于常务委员会工作报告的决议 [2] - 将审议通过关于提案工作情况报告的决议 [2] - 将审议通过本次会议提案审查情况的报告 [2]",
		trapWant{title: "2026年河南省两会召开在即", province: "河南省", city: "", district: "", level: "province", docType: "其他", year: 2026, date: "2026-01-20"},
	},
	{
		"a paper's weekday line with a comma after the weekday (星期二，农历腊月廿七) is passed over to the headline under it (a review finding on meta-276)", "r218_06_wk_C2_weekday_comma.txt",
		"2024年02月06日\n星期二，农历腊月廿七\n站在新起点 树立新目标 奋力谱写宜春高质量发展新篇章\n2023年，面对复杂严峻的外部环境，在市委的坚强领导下，市政府团结带领全市人民，全力以赴拼经济、抓项目、促发展，全市地区生产总值增长4.8%，规模以上工业增加值增长5.1%，一般公共预算收入增长3.2%，城乡居民人均可支配收入分别增长4.5%和6.8%，经济社会发展主要目标任务较好完成。\n2023年，面对复杂严峻的外部环境，在市委的坚强领导下，市政府团结带领全市人民，全力以赴拼经济、抓项目、促发展，全市地区生产总值增长4.8%，规模以上工业增加值增长5.1%，一般公共预算收入增长3.2%，城乡居民人均可支配收入分别增长4.5%和6.8%，经济社会发展主要目标任务较好完成。\n",
		trapWant{title: "站在新起点树立新目标奋力谱写宜春高质量发展新篇章", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-02-06"},
	},
	{
		"a headline naming its meeting broken after 贯彻落实 continues with its object on the next line, whether or not that opens on 《 (a review finding on meta-276)", "r218_07_cont_B1_wrap_meeting_luoshi.txt",
		"县政府召开常务会议研究部署贯彻落实\n全省两会精神和《政府工作报告》重点任务分工\n发布时间：2024-02-05 来源：万载县人民政府\n2月4日，县长主持召开县政府第28次常务会议，传达学习全省两会精神，研究部署我县贯彻落实《政府工作报告》重点任务分工。\n【打印本页】 【关闭窗口】\n主办单位：万载县人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "县政府召开常务会议研究部署贯彻落实全省两会精神和《政府工作报告》重点任务分工", province: "江西省", city: "宜春市", district: "万载县", level: "county", docType: "其他", year: 2024, date: "2024-02-05"},
	},
	{
		"…and one broken after 听取和审议 before 县政府关于《…》…的报告 (a review finding on meta-276)", "r218_08_cont_B14_wrap_meeting_shenyi.txt",
		"县人大常委会第十五次会议听取和审议\n县政府关于《政府工作报告》重点任务落实情况的报告\n发布时间：2023-10-20 来源：万载县人大常委会\n10月19日，县十八届人大常委会第十五次会议听取和审议了县政府关于《政府工作报告》重点任务落实情况的报告。\n【打印本页】 【关闭窗口】\n主办单位：万载县人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "县人大常委会第十五次会议听取和审议县政府关于《政府工作报告》重点任务落实情况的报告", province: "江西省", city: "宜春市", district: "万载县", level: "county", docType: "其他", year: 2023, date: "2023-10-20"},
	},
	{
		"captions written with 所做 by their pictures' file names are no title either (a review finding on meta-276)", "r218_09_cap_I2_zuo_caption.txt",
		"站集镇第二届人民代表大会第七次会议\n\n2020-01-10     来源:站集镇人大代表联络站\n\n微信图片_20200110152831.jpg\n\n       2020年1月10日上午,虞城县站集镇第二届人民代表大会第七次会议在镇政府六楼会议室召开。\n\n李健.jpg\n\n镇长李剑所做《政府工作报告》\n\n张杰.png\n\n副镇长张杰做述职报告\n\n      大会通过分组讨论的形式开展讨论,共提出意见、建议26条。\n",
		trapWant{title: "站集镇第二届人民代表大会第七次会议", province: "河南省", city: "商丘市", district: "虞城县", level: "county", docType: "其他", year: 2020, date: "2020-01-10"},
	},
	{
		"a stray digit after 统计公报 is cut too (a review finding on meta-276)", "r218_10_sd_H4_gongbao_digit.txt",
		"宜春市2022年国民经济和社会发展统计公报0\n发布时间：2023-03-20 来源：宜春市统计局\n宜春市2022年国民经济和社会发展统计公报\n宜春市统计局\n国家统计局宜春调查队\n2023年3月18日\n2022年，面对复杂严峻的发展环境，全市地区生产总值3500亿元，比上年增长5.0%。\n",
		trapWant{title: "宜春市2022年国民经济和社会发展统计公报", province: "江西省", city: "宜春市", district: "", level: "city", docType: "统计公报", year: 2023, date: "2023-03-18"},
	},
	{
		"a photo's caption with its credit in brackets (（记者 付海旭 摄）) between a phrase headline and the text is passed over (a review finding on meta-276)", "r218_11_ph_D1_caption_paren.txt",
		"保持定力接续奋斗 开启高质量发展“加速度”\n\n2\n\n宜万高速建设现场，桥墩浇筑和架梁同步推进。（记者 付海旭 摄）\n\n宜春市第五届人民代表大会第三次会议上，市长代表市人民政府作工作报告。报告客观真实、实事求是总结了过去一年工作，提出今年全市经济社会发展主要预期目标，并对2023年重点工作作出安排。为深入领会报告精神，了解我市新一年的重点工作任务，即日起，本报推出系列报道深入解读政府工作报告。\n",
		trapWant{title: "保持定力接续奋斗开启高质量发展“加速度”", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline on revising the report with its year between (完善好2024年政府工作报告) is a story: 其他, and whole (a review finding on meta-276)", "r218_12_ab_F3_wanshanhao_year.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 宜春市要闻\n集思广益 完善好2024年政府工作报告\n发布时间：2024-01-06 来源：宜春日报\n近日，市政府召开系列座谈会，听取各界对2024年政府工作报告的意见建议，进一步完善报告。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "集思广益完善好2024年政府工作报告", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-06"},
	},
	{
		"a portal's trail ending on 查看内容 is navigation, and a listing's ellipsis after the headline is cut (round 212)", "r218_13_h1275_f05.txt",
		"广元剑阁县演圣镇:第八届人民代表大会第二次会议胜利召开 ..._四川法治传媒网\n四川法治传媒网LOGO  \n网站投稿:690830723@qq.com\n新闻热线:131 9869 0128\n网站首页 头条关注 四川要闻 热点聚焦 平安四川 法治四川 法治先锋 以案说法 基层动态 全域治理 法治文化 法学天地 图说四川\n四川法治传媒网 平安四川 查看内容\n\n广元剑阁县演圣镇:第八届人民代表大会第二次会议胜利召开 ...\n\n来源: |2022-3-24 15:34| 浏览量: 215\n\n \n  3月23日,广元剑阁县演圣镇隆重召开第八届人民代表大会第二次会议,来自各条战线的51名人大代表参加了此次会议,部分不是本届人大代表的村社书记、副书记、五办四中心负责人列席会议。会议由党委书记刘敏主持。\n\n\n  根据议程安排,会议听取和审议了《演圣镇2021年政府工作报告》、《演圣镇2021年人大工作报告》、《演圣镇2021年财政预算执行情况报告》、《2022年政府民生实事候选项目情况报告》,并通过了各项决议。会议认真总结回顾了2021年工作成绩,谋划了2022年工作思路。\n\n  会议要求全镇上下紧密团结在以习近平同志为核心的党中央周围,认真落实本次会议精神,埋头苦干、勇毅前行,奋力谱写“山清水秀幸福和谐”演圣建设新篇章,以优异的成绩迎接党的二十大和省十二次党代会胜利召开!\n\n\n  民生事,无小事,本次会议采取无记名投票,票决产生了2022年政府民生实事项目,精准对接群众需求与政府决策,有效推动民生实事项目更加接地气、顺民意。\n\n  会后,全体代表参观了亭坝村的高标准农田项目,施工现场如火如荼,田间道路宽阔平坦,大小沟渠纵横相连,呈现出一幅“田成方、渠相连、路相通”的农业画卷。党委副书记、镇长徐永茂现场介绍了该镇高标准农田项目建设基本情况,他指出,我们要牢",
		trapWant{title: "广元剑阁县演圣镇:第八届人民代表大会第二次会议胜利召开", province: "四川省", city: "广元市", district: "剑阁县", level: "county", docType: "其他", year: 2022, date: "2022-03-24"},
	},
	{
		"a share widget's prompt (微信扫一扫,随时随地看) is page furniture, not the headline under it (round 211)", "r218_01_h1268_f07.txt",
		"客户端\n游戏\n无障碍\n\n0\n\n评论\n\n收藏\n\n分享\n\n手机看\n\n微信扫一扫,随时随地看\n\n聚焦茂名市两会 | 发力十项重点工作,茂名释放高质量发展新信号\n\n3月19日,在茂名市第十三届人民代表大会第六次会议上,茂名市市长王雄飞作政府工作报告,明确了 2025 年十项重点工作,全力推动茂名在高质量发展道路上阔步前行,奋力在市域发展、县域振兴中走在粤东粤西粤北前列,为全省发展大局贡献更多力量。过去一年,茂名在经济发展、新旧动能转换、城乡建设等多方面取得显著成绩,但也面临经济回升基础不稳固、产业体系尚待完善等挑战。今年,茂名锚定目标,精准发力,从十个关键维度擘画发展蓝图。\n\n图片\n\n强化工业立市是首要任务。茂名将全力构建 “3336” 现代化产业体系,深入推进新型工业化。在 “五链共建” 上持续深耕,推动茂名石化升级改造,积极申报国家零碳园区,加速华南钛谷等项目建设,同时拓展新赛道,推动企业 “小升规”、技术改造和数字化转型。促进产业融合,发展生产性服务业,以工业助力农业全产业链升级,推动交、农、文、旅、商协同发展。招商引资方面,创新方式,力争新招引超亿元项目 65 个以上,推动项目落地见效。建强产业园区,提升承载能力,加快市场化运营。科技创新上,引导企业加大研发投入,完善人才机制,增强产业核心竞争力。如此全面布局,有望为茂名产业发展注入强劲动力,筑牢经济高质量发展根基。\n",
		trapWant{title: "聚焦茂名市两会 | 发力十项重点工作,茂名释放高质量发展新信号", province: "广东省", city: "茂名市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline whose subtitle focuses on the report (…——聚焦省长王凯在…上所作的政府工作报告) is a story: 其他 (round 211)", "r218_02_h1268_f02.txt",
		"首页 > 时政 > 正文\n实干托起梦想 奋斗成就未来——聚焦省长王凯在省十三届人大六次会议上所作的政府工作报告\n回顾过去,硕果累累;展望未来,信心满满!省长王凯在省十三届人大六次会议上所作的政府工作报告,回顾了2021年全省主要工作,明确了2022年重点工作。\n实干托起梦想 奋斗成就未来——聚焦省长王凯在省十三届人大六次会议上所作的政府工作报告\n来源:开封网-开封日报 作者:魏东柱 发布时间:2022-01-08 08:03:18\n\n全媒体记者魏东柱\n\n微信截图_20220108080239\n\n回顾过去,硕果累累;展望未来,信心满满!\n\n省长王凯在省十三届人大六次会议上所作的政府工作报告,回顾了2021年全省主要工作,明确了2022年重点工作。\n\n实干托起梦想,奋斗成就未来。报告鼓舞全省上下更加紧密地团结在以习近平同志为核心的党中央周围,牢记习近平总书记“奋勇争先、更加出彩”的殷殷嘱托,在省委的坚强领导下,开拓奋进、奋发有为,向着“两个确保”阔步前行,以优异成绩迎接党的二十大胜利召开。\n\n2022年工作总体要求和主要目标\n\n今年是党的二十大召开之年。政府工作要以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大和十九届历次全会及中央经济工作会议精神,深入贯彻习近平总书记视察河南重要讲话重要指示,弘扬伟大建党精神,落实省第十一次党代会和省委十一届二次全会暨省委经济工作会议部署,坚持稳中求进工作总基调,完整、准确、全面贯彻新发展理念,服务和融入新发展格局,推动高质量发展,坚持以供给侧结构性改革为主线,锚定“两个确保”,实施“十大战略”,统筹疫情防控和经济社会发展,继续做好“六稳”“六保”工作,持续改善民生,推动经济发展提质提速,保持社会大局稳定,以优异成绩迎接党的二",
		trapWant{title: "实干托起梦想奋斗成就未来——聚焦省长王凯在省十三届人大六次会议上所作的政府工作报告", province: "河南省", city: "", district: "", level: "province", docType: "其他", year: 2022, date: "2022-01-08"},
	},
	{
		"an encyclopedia entry's name in its table row (词条 | 长沙市2010年政府工作报告 |) is the title (round 211)", "r218_03_h1269_f01.txt",
		"词条 | 长沙市2010年政府工作报告 |\n释义 | 各位代表: 现在,我代表市人民政府向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。 一、2009年工作回顾2009年是新世纪以来我市经济社会发展最为困难的一年。面对金融危机的严重影响,在市委的坚强领导下,我们科学研判宏观形势,提早谋划重大项目,深入开展“两帮两促”活动,紧紧扭住发展重点和关键环节,坚决而又创造性地贯彻落实党中央、国务院和省委、省政府的一系列决策部署,团结带领全市人民奋力拼搏,攻坚克难,全面完成了市第十三届人民代表大会第二次会议确定的各项目标任务。 ----实现经济平稳快速增长。全年完成地区生产总值3300亿元,增长14.5%(预计数,下同);地方财政收入406亿元,增长18.7%;全社会固定资产投资2441.8亿元,增长30.3%;社会消费品零售总额1517亿元,增长19.2%;城乡居民人均可支配收入20217元和9005元,分别增长13%和18%。 ----开工建设一批重大项目。紧紧围绕经济社会发展中最紧迫、最急需解决的问题,实施一大批拉动作用大、群众受益大的项目。地铁2号线、过江隧道、湘江综合枢纽工程等重大项目开工建设;武广长沙站及配套工程基本完成,武广高铁正式通车;黄花机场改扩建、职教基地等重大项目顺利推进;广汽菲亚特、比亚迪等一批重大产业项目相继落户。这些重大项目既拉动了当年经济增长,又为长远发展增强了后劲和竞争力。 ----切实改善民生。把保障和改善民生作为头等大事。全面完成实事工程;全市教育、环境保护、农林水支出分别增长21.03%、66.16%、20.73%;橘子洲公园建成开园,成为长沙的新标志和市民休闲的好去处;城区公园免费向市民开放;取消农村义务教育阶段学校寄宿费,15家游泳池免费向中小学生开放;建成56",
		trapWant{title: "长沙市2010年政府工作报告", province: "湖南省", city: "长沙市", district: "", level: "city", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a kicker set off by a dash over a headline on the report (奋进新征程——2024年…金句) stays part of it: no label cut (a review probe of session 63)", "r218_04_kicker_11_jinju.txt",
		"当前位置：首页 > 政策解读\n奋进新征程——2024年长沙市政府工作报告金句\n发布时间：2024-01-30 10:21 信息来源：长沙晚报\n作为省会城市，长沙正处于大有作为的重要战略机遇期。\n《长沙市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》为未来五年的发展描绘了蓝图。记者梳理出其中的关键词，带您一起读懂。\n关键词一：强省会\n到2025年，全市地区生产总值突破1.8万亿元。\n\n【字体：大 中 小】【打印】【关闭】\n长沙市人民政府办公厅主办\n",
		trapWant{title: "奋进新征程——2024年长沙市政府工作报告金句", province: "湖南省", city: "长沙市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-30"},
	},
	{
		"…and one set off by an exclamation mark (重磅！荣成市“十四五”规划纲要发布) (a review probe of session 63)", "r218_05_exclaim_11_zhongbang.txt",
		"荣成市人民政府 > 新闻中心 > 荣成要闻\n重磅！荣成市“十四五”规划纲要发布\n来源：荣成融媒 日期：2021-08-20\n8月20日，《荣成市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》正式发布。《规划纲要》确定了荣成市“十四五”时期的发展目标，到2025年地区生产总值较2020年翻一番，城乡居民收入持续增长。\n《规划纲要》共分十六篇，明确了建设海洋强市、打造精致城市的重点任务。\n\n【打印】【关闭】\n主办：荣成市人民政府办公室  网站标识码：3710820001\n",
		trapWant{title: "重磅！荣成市“十四五”规划纲要发布", province: "山东省", city: "威海市", district: "荣成市", level: "county", docType: "其他", year: 2021, date: "2021-08-20"},
	},
	{
		"a mid-term review joined to the plan report by 和今年上半年… is a plan report (a review finding on meta-275)", "r217_01_midterm_02_he_jinnian.txt",
		"首页 > 政务公开 > 规划计划\n关于《赣州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》实施中期评估和今年上半年国民经济和社会发展计划执行情况的报告\n发布时间：2023-09-05 来源：赣州市发展和改革委员会\n——2023年8月29日在赣州市第六届人民代表大会常务委员会第十三次会议上\n赣州市发展和改革委员会主任 张建华\n主任、各位副主任、秘书长、各位委员：\n受市人民政府委托，现将有关情况报告如下，请予审议。\n一、“十四五”规划纲要实施总体情况\n“十四五”规划纲要实施以来，全市地区生产总值年均增长6.8%，主要指标总体进展符合预期。\n二、2023年上半年计划执行情况\n上半年，全市地区生产总值增长5.1%，规模以上工业增加值增长6.2%。\n【打印本页】 【关闭窗口】\n主办单位：赣州市人民政府办公室\n赣ICP备05001234号\n",
		trapWant{title: "关于《赣州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》实施中期评估和今年上半年国民经济和社会发展计划执行情况的报告", province: "江西省", city: "赣州市", district: "", level: "city", docType: "国民经济和社会发展计划报告", year: 2023, date: "2023-08-29"},
	},
	{
		"…and one whose plan report comes first (…计划执行情况暨…中期评估的报告) (a review finding on meta-275)", "r217_02_midterm_13_plan_first.txt",
		"首页 > 政务公开 > 规划计划\n关于赣州市2023年上半年国民经济和社会发展计划执行情况暨“十四五”规划纲要实施中期评估的报告\n发布时间：2023-09-05 来源：赣州市发展和改革委员会\n——2023年8月29日在赣州市第六届人民代表大会常务委员会第十三次会议上\n赣州市发展和改革委员会主任 张建华\n主任、各位副主任、秘书长、各位委员：\n受市人民政府委托，现将有关情况报告如下，请予审议。\n一、“十四五”规划纲要实施总体情况\n“十四五”规划纲要实施以来，全市地区生产总值年均增长6.8%，主要指标总体进展符合预期。\n二、2023年上半年计划执行情况\n上半年，全市地区生产总值增长5.1%，规模以上工业增加值增长6.2%。\n【打印本页】 【关闭窗口】\n主办单位：赣州市人民政府办公室\n赣ICP备05001234号\n",
		trapWant{title: "关于赣州市2023年上半年国民经济和社会发展计划执行情况暨“十四五”规划纲要实施中期评估的报告", province: "江西省", city: "赣州市", district: "", level: "city", docType: "国民经济和社会发展计划报告", year: 2023, date: "2023-08-29"},
	},
	{
		"a story on a bureau setting the review and the next year's plan to work (部署…中期评估及2024年计划编制工作) is 其他, not an outline (a review finding on meta-275)", "r217_03_midterm_15_bushu_story.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 赣州要闻\n市发改委部署“十四五”规划纲要中期评估及2024年计划编制工作\n发布时间：2024-03-15 来源：赣州市人民政府\n近日，赣州市召开专题会议，研究部署“十四五”规划纲要实施中期评估有关工作，要求各地各部门认真总结规划实施进展。\n【打印本页】 【关闭窗口】\n主办单位：赣州市人民政府办公室\n赣ICP备05001234号\n",
		trapWant{title: "市发改委部署“十四五”规划纲要中期评估及2024年计划编制工作", province: "江西省", city: "赣州市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-03-15"},
	},
	{
		"a site's slogan ending on 落实 over a headline is no part of it (a review finding on meta-275)", "r217_04_cont_01_slogan_luoshi.txt",
		"深入学习贯彻党的二十大精神 推动各项决策部署落地落实\n市政府召开座谈会征求对《政府工作报告》的意见建议\n发布时间:2024-01-05  来源:赣州市人民政府\n  连日来，市政府领导召开多个座谈会，邀请部分市人大代表、市政协委员和民主党派代表，就即将提请市六届人大四次会议审议的《政府工作报告》广泛征求意见建议。\n【打印本页】 【关闭窗口】\n主办单位：赣州市人民政府办公室\n赣ICP备05001234号\n",
		trapWant{title: "市政府召开座谈会征求对《政府工作报告》的意见建议", province: "江西省", city: "赣州市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-05"},
	},
	{
		"…nor a site's name and column ending on 解读 (赣州市人民政府门户网站 政策解读) (a review finding on meta-275)", "r217_05_cont_04_site_column_jiedu.txt",
		"赣州市人民政府门户网站 政策解读\n市政府召开座谈会征求对《政府工作报告》的意见建议\n发布时间:2024-01-05  来源:赣州市人民政府\n  连日来，市政府领导召开多个座谈会，邀请部分市人大代表、市政协委员和民主党派代表，就即将提请市六届人大四次会议审议的《政府工作报告》广泛征求意见建议。\n【打印本页】 【关闭窗口】\n主办单位：赣州市人民政府办公室\n赣ICP备05001234号\n",
		trapWant{title: "市政府召开座谈会征求对《政府工作报告》的意见建议", province: "江西省", city: "赣州市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-05"},
	},
	{
		"…even over a headline that opens on the report's quoted name (a review finding on meta-275)", "r217_06_cont_32_column_over_quote.txt",
		"赣州市人民政府门户网站 政策解读\n《2024年赣州市政府工作报告》图文解读\n发布时间:2024-01-30  来源:赣州市人民政府办公室\n  1月28日，赣州市第六届人民代表大会第四次会议开幕，市长作政府工作报告。一图读懂报告要点。\n【打印本页】 【关闭窗口】\n主办单位：赣州市人民政府办公室\n赣ICP备05001234号\n",
		trapWant{title: "《2024年赣州市政府工作报告》图文解读", province: "江西省", city: "赣州市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-30"},
	},
	{
		"a phrase headline naming a weekday inside it (坚持每周一调度) is a headline, not a paper's weekday line (a review finding on meta-275)", "r217_07_wk_05_headline_weekday_word.txt",
		"抓项目 促发展 坚持每周一调度 奋力冲刺全年目标\n2023年，面对复杂严峻的外部环境，在市委的坚强领导下，市政府团结带领全市人民，全力以赴拼经济、抓项目、促发展，全市地区生产总值增长4.8%，规模以上工业增加值增长5.1%，一般公共预算收入增长3.2%，城乡居民人均可支配收入分别增长4.5%和6.8%，经济社会发展主要目标任务较好完成。\n2023年，面对复杂严峻的外部环境，在市委的坚强领导下，市政府团结带领全市人民，全力以赴拼经济、抓项目、促发展，全市地区生产总值增长4.8%，规模以上工业增加值增长5.1%，一般公共预算收入增长3.2%，城乡居民人均可支配收入分别增长4.5%和6.8%，经济社会发展主要目标任务较好完成。\n",
		trapWant{title: "抓项目促发展坚持每周一调度奋力冲刺全年目标", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline under a paper's date, weekday and page lines, fourth in the page (a review finding on meta-275)", "r217_08_wk_01_date_weekday_page.txt",
		"2024年02月06日\n星期二 农历腊月廿七\n第A05版：专题报道\n站在新起点 树立新目标 奋力谱写赣州高质量发展新篇章\n2023年，面对复杂严峻的外部环境，在市委的坚强领导下，市政府团结带领全市人民，全力以赴拼经济、抓项目、促发展，全市地区生产总值增长4.8%，规模以上工业增加值增长5.1%，一般公共预算收入增长3.2%，城乡居民人均可支配收入分别增长4.5%和6.8%，经济社会发展主要目标任务较好完成。\n2023年，面对复杂严峻的外部环境，在市委的坚强领导下，市政府团结带领全市人民，全力以赴拼经济、抓项目、促发展，全市地区生产总值增长4.8%，规模以上工业增加值增长5.1%，一般公共预算收入增长3.2%，城乡居民人均可支配收入分别增长4.5%和6.8%，经济社会发展主要目标任务较好完成。\n",
		trapWant{title: "站在新起点树立新目标奋力谱写赣州高质量发展新篇章", province: "江西省", city: "赣州市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-02-06"},
	},
	{
		"an outlet's channel after a bar (| 中国江西网赣州频道) is cut from the headline before it (a review finding on meta-275)", "r217_09_bar_06_place_period_outlet.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 赣州要闻\n赣州“十四五” | 中国江西网赣州频道\n发布时间：2024-03-15 来源：赣州日报\n日前，赣州市发布“十四五”规划实施情况，全市经济社会发展取得新成效，地区生产总值年均增长6.5%左右。\n【打印本页】 【关闭窗口】\n主办单位：赣州市人民政府办公室\n赣ICP备05001234号\n",
		trapWant{title: "赣州“十四五”", province: "江西省", city: "赣州市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-03-15"},
	},
	{
		"a headline on a meeting asking views on the report (座谈 征求对《政府工作报告》) is a story: 其他 (round 210)", "r217_10_h1260_f02.txt",
		"首页 新闻 搜索 短信 分类 聊天 导航\n\n新浪首页 > 新闻中心 > 国内新闻 > 正文\n\n浙江省政府邀请民主党派等方面人士座谈 征求对《政府工作报告》\n\nhttp://www.sina.com.cn 2002年01月11日12:34 浙江日报\n\n  本报杭州1月10日讯 今天下午,省政府邀请省级各民主党派、工商联负责人和无党派人士座谈,征求他们对即将提交省九届人大第五次会议审议的《政府工作报告》的意见和建议。省委副书记、省长柴松岳主持座谈会。省委常委、常务副省长吕祖善,省政协副主席、省委统战部部长李青等出席会议。\n\n  今年,是本届省政府任期的最后一年,既面对复杂多变的国际政治经济形势的考验,\n又面对我国加入世贸组织所带来的严峻挑战。科学地安排好今年的各项工作特别重要。在柴松岳的主持下,省政府从去年10月开始组织专门班子,开展政府工作报告的起草工作。在起草过程中,省政府广泛发扬民主,多方听取意见,分别在9个市召开了有省人民代表、省政协委员和地方部门负责人参加的座谈会进行讨论,听取了省经济建设咨询委员们的讨论意见,并将报告第四稿提交省九届人大常委会第30次会议和省政协八届第18次常委会议征求意见。元旦前,又将报告征求意见稿印送省人民代表和省政协常委,各市、县(市、区)政府和省政府直属各单位,广泛征询修改意见。\n",
		trapWant{title: "浙江省政府邀请民主党派等方面人士座谈征求对《政府工作报告》", province: "浙江省", city: "", district: "", level: "province", docType: "其他", year: 2002, date: "2002-01-11"},
	},
	{
		"…and one on revising it (修改完善好《政府工作报告》) (round 210)", "r217_11_h1264_f06.txt",
		"广泛听取各方意见 修改完善好《政府工作报告》\n\n来源:\n2015-01-17 11:32\n浏览:\n收藏 打印\n\n   雅安日报讯 15日,市委常委、常务副市长黄剑东主持召开会议,向我市部分党代表、人大代表、政协委员、基层干部群众代表及民主党派、工商联和无党派人士代表征求对《政府工作报告》(征求意见稿)的意见和建议,凝聚各方智慧,进一步对《政府工作报告》(征求意见稿)进行修改完善,提交出高质量的报告。\n\n  “报告的文字可以进一步精炼。”“依法治市建设法治政府的内容再进行充实。”“加快雨城、名山和飞地园区的同城化建设。”会上,与会人员畅所欲言,积极发表自己的看法和建议。大家纷纷表示,《政府工作报告》(征求意见稿)言语朴实,用事例、数据实事求是总结去年工作,部署今年的任务科学务实,目标催人奋进。\n\n  黄剑东边听边记,对与会人员提出的“加快教育事业发展”“加快城区建设”“加强社区文化建设”“注重文化产业发展”等方面的意见建议当即给予答复,表示要充分采纳与会人员提出的意见建议,认真修改完善《政府工作报告》,对更好地谋划新一年的工作有着积极的作用。\n\n  市政协副主席、民盟雅安市委主委彭学松,市政协副主席杨力出席会议。 记者 周昆\n",
		trapWant{title: "广泛听取各方意见修改完善好《政府工作报告》", province: "四川省", city: "雅安市", district: "", level: "city", docType: "其他", year: 2015, date: "2015-01-17"},
	},
	{
		"a meeting line whose month was lost with more than its 年 and 月 (——2021 3日在…会议上) still gives its year (round 210)", "r217_12_h1261_f01.txt",
		"关怀版 无障碍 无障碍\n\n您当前所在位置: 首页>部门信息公开目录>发改委>计划总结>计划总结\n\n关于赣州市赣县区2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告\n\n访问量: 下载文件\n\n关于赣州市赣县区2020年国民经济和社会\n\n发展计划执行情况与2021年国民经济和\n\n社会发展计划草案的报告\n\n——2021 3日在赣州市赣县区第一届人民代表大会第次会议上\n\n赣州市赣县区发展和改革委员会主任简慧文\n\n各位代表:\n\n受区人民政府委托,我向大会书面报告全区2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案,请予审议,并请各位政协委员和列席会议的同志提出意见。\n\n一、2020年全区国民经济和社会发展计划执行情况\n\n2020年是极不平凡、极不寻常、极为不易的一年。面对严峻复杂的国际形势、艰巨繁重的改革发展任务特别是新冠感染疫情的严重冲击全区上下在区委、区政府的坚强领导下,在区人大、区政协的监督指导下,坚持以习近平新时代中国特色社会主义思想为指导,同心聚力、共克时艰,统筹疫情防控和经济社会发展,扎实做好“六稳”1工作、全面落实“六保”2任务,高质量发展迈出坚实步伐,“十三五”规划圆满收官,实现与全国同步全面建成小康社会,为开启全面建设社会主义现代化国家新征程,着力打造“中国稀金谷、生态客家城、活力新赣县”奠定了坚实基础。\n",
		trapWant{title: "关于赣州市赣县区2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告", province: "江西省", city: "赣州市", district: "赣县区", level: "county", docType: "国民经济和社会发展计划报告", year: 2021, date: ""},
	},
	{
		"a stray digit after the title's last word (…的通报0) is cut (round 210)", "r217_13_h1263_f01.txt",
		"市政府办公室关于2012年政府工作报告主要目标任务前三季度进展情况的通报0\n政策\n发布部门:市人民政府办公室\n发布时间:2012年11月19日\n政策文号:徐政办发〔2012〕178号\n有效性:政策是否有效未知,请慎用\n市政府办公室关于2012年政府工作报告主要目标任务前三季度进展情况的通报\n徐政办发〔2012〕178号\n各县(市)区人民政府,徐州经济技术开发区、新城区管委会,市各委、办、局(公司),市各直属单位:\n按照市政府的部署要求,市政府督查室对2012年《政府工作报告》主要目标任务前三季度进展情况进行了专项督查。从督查的情况看,主要目标任务进展较好,为全年目标任务的完成打下了良好的基础。但是,在2012年《政府工作报告》确定的10项经济社会发展主要指标中,固定资产投资增幅、社会消费品零售总额增幅低于年度目标;分解的40项重点工作任务中,部分“三重一大”项目、服务业增加值占比、高新技术产业产值增幅、战略性新兴产业产值增幅、工程机械和光伏光电业产值等未完成季度目标。希望各地各部门牢牢盯住《政府工作报告》主要目标任务不放松,一着不让地抓好各项措施的落实,确保圆满完成各项目标任务,努力保持全市经济社会又好又快发展的良好势头。\n",
		trapWant{title: "市政府办公室关于2012年政府工作报告主要目标任务前三季度进展情况的通报", province: "", city: "", district: "", level: "", docType: "其他", year: 2012, date: ""},
	},
	{
		"captions by their pictures' file names (镇长李剑所作《政府工作报告》, …作述职报告) are no title; the headline is (round 210)", "r217_14_h1264_f03.txt",
		"站集镇第二届人民代表大会第六次会议\n\n2019-10-24     来源:站集镇人大代表联络站\n分享:\n\n站集镇第二届人民代表大会第六次会议     \n\n微信图片_20191025152831.jpg\n\n       2019年10月24日上午,站集镇第二届人民代表大会第六次会议在镇政府六楼会议室隆重召开,本次会议应出席代表66,因病、因事请假10名,实到56名。\n\n微信图片_20191025153043.jpg\n\n       会议听取并审议了政府镇长李剑同志代表镇人民政府所作的《政府工作报告》、人大主席栗卫星同志代表镇人大主席团所作的《人大主席团工作报告》、审议并表决通过了《站集镇总体规划(2018-2035)》、听取了副镇长张杰和卢明坤两位同志所做的述职报告。\n\n李健.jpg\n\n镇长李剑所作《政府工作报告》\n\n微信图片_20191025153306.jpg\n\n人大主席栗卫星所作《人大主席团工作报告》\n\n微信图片_20191025180826.jpg\n\n主任科员郑孝林作《站集镇总体规划(2018-2035)》报告\n\n张杰.png\n\n副镇长张杰作述职报告\n\n微信图片_20191025153223.jpg\n\n副镇长卢明坤作述职报告\n\n      大会通过分组讨论的形式,紧紧围绕脱贫攻坚、人居环境、乡村振兴、农业、农田水利;文教卫生方面;交通等基础设施方面等群众普遍关心的热点问题开展讨论,共提出意见、建议26条,并将通过转办方式,由政府相关职能部门按程序处理。为站集镇各项工作又好又快发展起到了有效地推动作用。\n\n微信图片_20191025152952.jpg\n\n微信图片_20191025161331.jpg\n\n微信图片_20191025153128.jpg\n\n微信图片_20191025153117.jpg\n\n      下午,全体代表共同观看人大纪录片《永远姓人民》;对站集镇二中、三中教学楼建设情况和人居环境提升试点村—刘轩庄等地开展视察活动。\n\n微信图片_20191025153020.jpg\n\n审核人:李峰",
		trapWant{title: "站集镇第二届人民代表大会第六次会议", province: "河南省", city: "商丘市", district: "虞城县", level: "county", docType: "其他", year: 2019, date: "2019-10-24"},
	},
	{
		"a phrase headline with quotes over a counter and a photo's caption, then the story's text, is the title (round 210)", "r217_15_h1265_f03.txt",
		"保持定力接续奋斗 开启高质量发展“加速度”\n\n2\n\n巴万高速新桥河大桥建设现场,桥墩浇筑和架梁同步推进。记者 付海旭摄\n\n巴中市第四届人民代表大会第三次会议上,市长何平代表市人民政府作工作报告。报告客观真实、实事求是总结了过去一年工作,提出今年全市经济社会发展主要预期目标,并对2019年重点工作作出安排。为深入领会报告精神,了解我市新一年的重点工作任务,即日起,本报推出系列报道深入解读政府工作报告。\n\n2019年全市经济社会发展主要预期目标\n\n地区生产总值增长7.8%\n\n全社会固定资产投资增长8%\n\n社会消费品零售总额增长12.5%\n\n地方一般公共预算收入增长2.36%\n\n城乡居民人均可支配收入分别增长9.0%、9.5%\n\n城镇登记失业率、居民消费价格涨幅分别控制在4.4%和3.0%以内\n\n春节后,四川好彩头食品有限公司二期建设项目进入了紧锣密鼓的施工状态:机器轰鸣、火光四射,工人们铆足干劲,为厂房封顶作准备。\n\n去年以来,我市坚持以新发展理念为引领,以供给侧结构性改革为主线,统筹做好稳增长、促改革、调结构、惠民生、防风险各项工作,聚焦高质量发展,为建设川陕革命老区振兴发展示范区提供有力支撑。在2019年政府工作报告中,明确提出要坚持推动高质量发展,坚持以供给侧结构性改革为主线,推动川陕革命老区振兴发展示范区建设取得新的更大成效。\n",
		trapWant{title: "保持定力接续奋斗开启高质量发展“加速度”", province: "四川省", city: "巴中市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"an audit office's notice of its audit of the budget's execution is 其他, not the budget (round 210)", "r217_16_h1263_f08.txt",
		"根据《中华人民共和国审计法》的规定,麻阳苗族自治县审计局对2019年度县本级财政预算执行及其他财政收支情况实施了审计。现将审计结果公告如下:\n\n一、2019年预算执行情况及评价意见\n\n2019年全县实现一般公共预算财政总收入380,869万元,完成年初预算391,267万元的97.34%,比上年增加了37,581万元,增幅10.95%。一般公共预算财政总支出379,347万元,完成年初预算391,267万元的96.95%,比上年增加39,010万元,增幅11.46%。当年收支结余1,522万元。\n\n2019年全县基金收入总额72,716万元,完成年初预算31,700万元的229.39%,比上年增加29,821万元,增幅69.52%。基金支出总额72,716万元,完成年初预算31,700万元的229.39%,比上年42,895万元增加29,821万元,增幅69.52%,收支持平。\n",
		trapWant{title: "", province: "湖南省", city: "怀化市", district: "麻阳苗族自治县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a story's headline on a mid-term review, a comma after 中期评估, is a story: 其他, not the outline's type (a review finding on meta-274)", "r216_01_midterm_05_comma_story.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 宜春要闻\n“十四五”规划纲要中期评估，宜春主要指标进展符合预期\n发布时间：2023-12-20 来源：宜春市人民政府\n近日，宜春市完成“十四五”规划纲要实施中期评估，规划确定的主要指标总体进展符合预期。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "“十四五”规划纲要中期评估，宜春主要指标进展符合预期", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2023, date: "2023-12-20"},
	},
	{
		"…and one on what followed a review (…中期评估以来…) (a review finding on meta-274)", "r216_02_midterm_06_yilai_story.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 宜春要闻\n“十四五”规划纲要中期评估以来宜春新开工重大项目120个\n发布时间：2024-05-20 来源：宜春市人民政府\n“十四五”规划纲要实施中期评估以来，宜春市新开工重大项目120个，完成投资850亿元。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "“十四五”规划纲要中期评估以来宜春新开工重大项目120个", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-05-20"},
	},
	{
		"a headline broken after 为 before 《政府工作报告》起草建言献策 is joined (a review finding on meta-274)", "r216_03_cont_01_split_wei_quote.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 宜春要闻\n市政府召开企业家和专家学者座谈会为\n《政府工作报告》起草建言献策\n发布时间:2024-01-05  来源:宜春市人民政府\n  1月4日，市政府召开座谈会，邀请企业家和专家学者为《政府工作报告》起草建言献策。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "市政府召开企业家和专家学者座谈会为《政府工作报告》起草建言献策", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-05"},
	},
	{
		"…and one broken after 参与 before 《政府工作报告》起草工作 (a review finding on meta-274)", "r216_04_cont_02_split_yu_quote.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 宜春要闻\n市政府邀请基层干部群众代表共同参与\n《政府工作报告》起草工作\n发布时间:2024-01-05  来源:宜春市人民政府\n  连日来，市政府邀请基层干部群众代表参与《政府工作报告》起草，广泛听取意见建议。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "市政府邀请基层干部群众代表共同参与《政府工作报告》起草工作", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-05"},
	},
	{
		"…and one broken after 听取和审议 before 《关于…的报告》等议题 (a review finding on meta-274)", "r216_05_cont_06_news_split_shenyi.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 宜春要闻\n市五届人大常委会第十六次会议听取和审议\n《关于2022年市级决算的报告》等议题\n发布时间:2023-07-01  来源:宜春市人大常委会\n  6月29日，市五届人大常委会第十六次会议听取和审议了市人民政府《关于2022年市级决算的报告》等议题。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "市五届人大常委会第十六次会议听取和审议《关于2022年市级决算的报告》等议题", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2023, date: "2023-07-01"},
	},
	{
		"a headline naming a plan period before a bar (全市上下奋进十四五新征程 | 中国江西网宜春频道) is no column: the outlet after the bar is cut (a review finding on meta-274)", "r216_06_bar_04_fenjin_outlet_jxnews.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 宜春要闻\n全市上下奋进十四五新征程 | 中国江西网宜春频道\n发布时间：2024-03-15 来源：宜春日报\n日前，宜春市发布“十四五”规划实施情况，全市经济社会发展取得新成效，地区生产总值年均增长6.5%左右。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "全市上下奋进十四五新征程", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-03-15"},
	},
	{
		"江西南昌： over 南昌县人民政府工作报告提出，今年将新建… is 南昌县's: 新建 inside a word names no 新建区 (a review finding on meta-273)", "r215_01_samename_01_nanchang_xinjian_word.txt",
		"首页 > 地方新闻\n江西南昌：全力打造县域经济标杆\n发布时间：2024-01-20 来源：新华网\n南昌县人民政府工作报告提出，今年将新建中小学校12所，新增学位8000个。\n报告提出，今年地区生产总值增长6%左右。\n",
		trapWant{title: "江西南昌：全力打造县域经济标杆", province: "江西省", city: "南昌市", district: "南昌县", level: "county", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"…nor does 井冈山精神 name 井冈山市 under 江西吉安：, over a lead on 吉安县 (a review finding on meta-273)", "r215_02_samename_03_jian_jinggangshan.txt",
		"首页 > 地方新闻\n江西吉安：弘扬井冈山精神 建设美丽吉安\n发布时间：2024-01-20 来源：新华网\n吉安县人民政府工作报告提出，要传承弘扬井冈山精神，奋力建设富裕美丽幸福现代化吉安县。\n报告提出，今年地区生产总值增长6%左右。\n",
		trapWant{title: "江西吉安：弘扬井冈山精神建设美丽吉安", province: "江西省", city: "吉安市", district: "吉安县", level: "county", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"…nor “双清零” 双清区 under 湖南邵阳：, over a lead on 邵阳县 (a review finding on meta-273)", "r215_03_samename_07_shaoyang_shuangqing.txt",
		"首页 > 地方新闻\n湖南邵阳：县域经济提质增效\n发布时间：2024-01-20 来源：新华网\n邵阳县人民政府工作报告提出，今年要巩固控辍保学“双清零”成果，新增城镇就业5000人。\n报告提出，今年地区生产总值增长6%左右。\n",
		trapWant{title: "湖南邵阳：县域经济提质增效", province: "湖南省", city: "邵阳市", district: "邵阳县", level: "county", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"a mid-term review joined to the year's plan report with 暨 is a plan report (a review finding on meta-273)", "r215_04_midterm_02_ji_joined.txt",
		"首页 > 政务公开 > 规划计划\n关于宜春市“十四五”规划纲要实施中期评估暨2023年国民经济和社会发展计划执行情况的报告\n发布时间：2023-12-28 来源：宜春市发展和改革委员会\n——2023年12月26日在宜春市第五届人民代表大会常务委员会第十六次会议上\n主任、各位副主任、秘书长、各位委员：\n受市人民政府委托，现将有关情况报告如下，请予审议。\n",
		trapWant{title: "关于宜春市“十四五”规划纲要实施中期评估暨2023年国民经济和社会发展计划执行情况的报告", province: "江西省", city: "宜春市", district: "", level: "city", docType: "国民经济和社会发展计划报告", year: 2023, date: "2023-12-26"},
	},
	{
		"…and with 以及 (a review finding on meta-273)", "r215_05_midterm_03_yiji_joined.txt",
		"首页 > 政务公开 > 规划计划\n关于“十四五”规划纲要实施中期评估以及2023年上半年国民经济和社会发展计划执行情况的报告\n发布时间：2023-12-28 来源：宜春市发展和改革委员会\n——2023年12月26日在宜春市第五届人民代表大会常务委员会第十六次会议上\n主任、各位副主任、秘书长、各位委员：\n受市人民政府委托，现将有关情况报告如下，请予审议。\n",
		trapWant{title: "关于“十四五”规划纲要实施中期评估以及2023年上半年国民经济和社会发展计划执行情况的报告", province: "江西省", city: "宜春市", district: "", level: "city", docType: "国民经济和社会发展计划报告", year: 2023, date: "2023-12-26"},
	},
	{
		"…and with 、 (a review finding on meta-273)", "r215_06_midterm_05_comma_joined.txt",
		"首页 > 政务公开 > 规划计划\n关于“十四五”规划纲要实施中期评估、2023年上半年国民经济和社会发展计划执行情况的报告\n发布时间：2023-12-28 来源：宜春市发展和改革委员会\n——2023年12月26日在宜春市第五届人民代表大会常务委员会第十六次会议上\n主任、各位副主任、秘书长、各位委员：\n受市人民政府委托，现将有关情况报告如下，请予审议。\n",
		trapWant{title: "关于“十四五”规划纲要实施中期评估、2023年上半年国民经济和社会发展计划执行情况的报告", province: "江西省", city: "宜春市", district: "", level: "city", docType: "国民经济和社会发展计划报告", year: 2023, date: "2023-12-26"},
	},
	{
		"…nor does a slogan run into a headline opening on the report's name in 《》 (a review finding on meta-273)", "r215_08_cont_03_slogan_over_quote_open.txt",
		"坚持以人民为中心 推动高质量发展走在前列\n《2024年宜春市政府工作报告》解读\n发布时间:2024-01-05  来源:宜春市人民政府\n1月28日，宜春市第五届人民代表大会第四次会议开幕，市长作政府工作报告。\n",
		trapWant{title: "《2024年宜春市政府工作报告》解读", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-05"},
	},
	{
		"an outlet's name after a bar is cut from a headline that names the 十四五 outline: 十四五 alone makes no column (a review finding on meta-273)", "r215_09_bar_03_plan_outlet.txt",
		"宜春“十四五”规划纲要正式发布 | 中国江西网宜春频道\n发布时间：2024-03-15 10:20 来源：宜春日报\n日前，宜春市发布“十四五”规划实施情况，全市经济社会发展取得新成效，地区生产总值年均增长6.5%左右。\n",
		trapWant{title: "宜春“十四五”规划纲要正式发布", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-03-15"},
	},
	{
		"a headline naming an association's 会员中心 over a 主题： line is the headline, no forum board (a review finding on meta-273)", "r215_10_board_03_member_center_headline.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 宜春要闻\n宜春市消费者协会会员中心在东湖社区揭牌\n主题：放心消费 共建共享\n4月20日，宜春市消费者协会会员中心在袁州区东湖社区揭牌，落实市政府工作报告部署。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "宜春市消费者协会会员中心在东湖社区揭牌", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a law database's validity tag in round brackets (（现行有效）) is cut from the title (a review finding on meta-273)", "r215_11_law_03_paren_xianxing.txt",
		"法律法规数据库 > 地方法规\n江西省第十四届人民代表大会第一次会议关于江西省2022年预算执行情况与2023年预算的决议（现行有效）\n【法宝引证码】\n\n江西省第十四届人民代表大会第一次会议关于江西省2022年预算执行情况与2023年预算的决议\n(2023年1月15日江西省第十四届人民代表大会第一次会议通过)\n江西省第十四届人民代表大会第一次会议审查了省人民政府提出的《关于江西省2022年预算执行情况与2023年预算草案的报告》，会议决定，批准该报告。\n",
		trapWant{title: "江西省第十四届人民代表大会第一次会议关于江西省2022年预算执行情况与2023年预算的决议", province: "江西省", city: "", district: "", level: "province", docType: "其他", year: 2023, date: "2023-01-15"},
	},
	{
		"the form alone under an outline's title, letter-spaced ((草 案)), belongs to it (a review finding on meta-273)", "r215_12_form_02_caoan_space.txt",
		"万载县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n（草 案）\n万载县人民政府\n二〇二一年一月\n目 录\n第一章 发展基础\n",
		trapWant{title: "万载县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）", province: "江西省", city: "宜春市", district: "万载县", level: "county", docType: "五年规划纲要", year: 2021, date: ""},
	},
	{
		"a lead's full day with its time of day and a full stop (下午。) dates the story (a review finding on meta-273)", "r215_13_fullday_04_juhao.txt",
		"论文部分内容阅读\n2010年6月28日下午。安庆市十四届人大常委会第十七次会议在继续进行。市审计局局长作《关于安庆市本级预算执行和其他财政收支审计情况的报告》。会场内座无虚席．一片肃静。",
		trapWant{title: "", province: "安徽省", city: "安庆市", district: "", level: "city", docType: "其他", year: 2010, date: "2010-06-28"},
	},
	{
		"a lead telling where the reporter learnt it, with a colon (记者从…获悉：), stands under its headline (a review finding on meta-273)", "r215_14_learnt_07_colon.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 宜春要闻\n宜春一季度GDP增长5.6%\n记者从市统计局获悉：一季度，全市实现地区生产总值865.3亿元，同比增长5.6%，增速高于全省0.4个百分点。\n分产业看，第一产业增加值增长3.9%，第二产业增加值增长6.1%，第三产业增加值增长6.0%。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "宜春一季度GDP增长5.6%", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline of spaced phrases under a paper's date and page lines (2020年01月07日 / 第A05版:专题报道) over the text is the title (round 209)", "r215_15_h1259_f01.txt",
		"2020年01月07日\n第A05版:专题报道\n\n站在新起点 树立新目标 决战决胜全面建成小康社会\n\n(上接第一版)2019年,在市委、市政府的坚强领导下,在全市人民共同拼搏奋斗下,主要指标进位实、项目建设成果实、深化改革步伐实、“五大发展”举措实。省委书记李锦斌将滁州近年来工作概括为“四个很好”。作为一名代表,看到成绩,无比骄傲;听了报告,非常提气。《政府工作报告》部署今年工作站位高远、目标明确、信心充足。2020年工作指导思想、经济社会发展主要预期目标明确,八个“聚焦”思路清晰、措施得当、环环相扣,重点提出推进政府治理体系和治理能力现代化,体现新起点呼唤新作为。\n\n王图强以参会代表身份提出建议,站在新的起点上,全市上下要紧扣全面建成小康社会目标任务,加快建设现代化新滁州,科学分析指标,细化工作举措,明确措施办法,重点做好大交通、长三角一体化发展、内外同城化、双招双引、文明创建等方面工作,力争取得新的成就。\n\n王图强对琅琊区2019年经济社会发展成就给予充分肯定,认为过去一年,琅琊区在老城改造、征地拆迁、文明创建、区域建设等方面取得良好成效。希望琅琊区在新的一年里要紧紧围绕市委书记张祥安提出的“三问”要求,按照《政府工作报告》作出的部署,紧盯招商引资平台打造,通过改革把体制机制的活力释放出来,积极发展“总部经济”“楼宇经济”“商贸经济”,不断推动琅琊高质量发展,共同创造滁州更美好的明天。\n\n副市长、市公安局长张祖武,滁州城市职业学院党委书记米德成,市政府秘书长孙新安等参加代表团审议并作了发言。\n\n王图强在琅琊代表团审议《政府工作报告》。 记者卢志永摄\n\n2020-01-07 2 2 滁州日报 content_4089.html 1 3 站在新起点 树立新目",
		trapWant{title: "站在新起点树立新目标决战决胜全面建成小康社会", province: "安徽省", city: "滁州市", district: "", level: "city", docType: "其他", year: 2020, date: "2020-01-07"},
	},
	{
		"a column's tag with its year (【2018云南两会】) before a headline over its date line keeps the headline (round 209)", "r215_16_h1259_f03.txt",
		"昆明信息港 昆明信息港\n收藏本站 网站地图\n免责声明 RSS地图\n首页 | 昆明信息 | 县区信息 | 云南信息 | 国内信息 | 国际信息 | 综合信息 | 娱乐八卦 | 体育热点\n文章搜索:\n当前位置:主页 > 云南信息 >\n\n【2018云南两会】开启全面建设现代化强省新征程\n\n时间:2018-11-27 08:59阅读:\n\n记者 杨抒燕\n\n讯 今后五年,云南经济社会发展的重点是什么?今年,政府工作将如何致力于改善人们的生活?昨日,2018云南省两会新闻发布会——《政府工作报告》解读新闻发布会举行,省政府研究室主任张懋功对《政府工作报告》的亮点、特点和重点进行了解读。\n\n报告不是“写”出来而是“做”出来的\n\n“报告不是‘写’出来的,而是多方努力‘做’出来、‘谋划’出来的。”张懋功介绍,《报告》起草过程中,各级各部门进行了广泛深入调研,起草小组多次深入各地调研,认真听取征求专家、企业家和各州市意见,并先后两次发出征求意见稿,这是以往起草过程中所没有的。经汇总,收回反馈意见共计1300多条,起草组本着充分吸收、能改全改的原则,逐条研究、认真采纳,绝大多数意见和建议都被吸纳。\n\n《报告》的特点亮点来自工作、来自实践、来自研究思考,呈现出“接地气、提法新、语言活、措施实”等4个特点。报告高度关注民生,反映民意,贴近群众,坦诚回应社会关切的问题。比如,积极回应和关切中小学生课外负担重、“择校热”、“大班额”等问题,提出优先发展教育。新提法方面,在对未来五年的工作部署中提出“决战脱贫攻坚,决胜全面建成小康社会”,在年度工作中提出“打好十大攻坚战”。再如,提出“现代基础设施网络”“现代化经济体系”等,这些提法都是第一次出现在政府工作报告中,在工作推动上也有很多新的要求。此外,《",
		trapWant{title: "【2018云南两会】开启全面建设现代化强省新征程", province: "云南省", city: "", district: "", level: "province", docType: "其他", year: 2018, date: "2018-11-27"},
	},
	{
		"a headline telling who shows its accounts (广州11区晒“三公”决算 其中9区下降) is a story: 其他, no budget report (round 208)", "r214_19_h1253_f07.txt",
		"广州11区晒“三公”决算 其中9区下降\n作者/责任者:陈海生\n索取号:\n文献资料来源:新快报-A03\n均降\n越秀下降过半\n每逢“三公”预算和决算公布,公众较为关注的都是公务接待费用。2015年度11个区的该项费用决算均有所下降,费用金额排名方面,增城区、番禺区和白云区位列前三。排名第二的番禺区和不在前三范围内的从化区,下降金额均超过了500万元。番禺区较上一年度下降502.01万元,降幅达37.75%;从化区下降543万元,降幅达58.6%,为各区之最。\n下降幅度超过50%的还有越秀区,该区2015年度公务接待费用决算已经跌破了百万元大关,费用为各区最低,较上一年度下降了134.42万元,下降幅度也达到了57.6%。此外,荔湾区和海珠区的该项费用决算也低于200万元,降幅在40%左右。\n会议费\n十区压减费用\n仅一区超千万\n11个区中,除了黄埔区在财政决算报告中没有列明会议费决算之外,其余10个区均列出了2015年度会议费决算,和公务接待费一样,所有城区均呈下降趋势,10个区平均下降达239.36万元。会议费排名方面,白云区、花都区和番禺区分列前三位,列出2015年度会议费决算的10个城区中,只有排在第\n<<上一页 下一页>>\n广州市越秀区图书馆版权所有。\n联系电话:020-87673002\n本站访问人数:",
		trapWant{title: "广州11区晒“三公”决算其中9区下降", province: "广东省", city: "广州市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"the form alone on the line under an outline's one-line title (…第十五个五年规划纲要 / (草案)) belongs to the title (round 206)", "r214_01_h1236_f06.txt",
		"县十八届人大五次会议资料\n岳阳县国民经济和社会发展第十五个五年规划纲要\n(草案)\n岳阳县人民政府\n二〇二五年十二月\n目 录\n第一章 谱写现代化岳阳县新篇章进入关键时期\n第一节 发展基础\n第二节 发展环境\n第三节 发展思路\n第四节 主要目标\n第二章 聚力优势产业集聚化,建设现代化产业体系\n第一节 提级扩能“一主一特”产业集群\n第二节 巩固延伸优势先进制造业\n第三节 打造鹿角临港产业新区\n第四节 推动新兴未来产业有序发展\n第五节 优化产业发展生态\n第三章 聚力双轮驱动计划,激发消费与投资新动能\n第一节 促进消费稳定增长\n第二节 积极扩大有效投资\n第三节 加快发展现代物流\n第四章 聚力现代化基础设施建设,强化高质量发展支撑\n第一节 构建综合交通网络\n第二节 构建绿色低碳新型能源体系\n第三节 构建现代化水安全保障体系\n第四节 推进信息基础设施建设\n第五章 聚力城乡融合品质化,推进新型城镇化和乡村全面振兴\n第一节 实施以人为本的新型城镇化\n第二节 建设宜居宜业和美乡村\n第三节 推进农业农村现代化\n第四节 推进城乡融合品质化发展\n第六章 聚力科创聚能工程,构筑区域创新策源高地\n第一节 深入实施创新驱动发展战略\n第二节 加强关键核心技术攻关\n第三节 逐步建立技术创新体系\n第七章 聚力文旅强县行动,更好担负起新的文化使命\n第一节 深入推进文旅产业融合发展\n第二节 提高社会文明程度\n第三节 推进公共文化事业发展\n第八章 聚力完善人口服务体系,促进人口高质量发展\n第一节 促进人口长期均衡发展\n第二节 建设高质量教育体系\n第三节 推进健康岳阳县建设\n第九章 聚力巩固社会保障网络,切实增进人民福祉\n第一节 大力实施就业优先战略\n第二节 提高人民收入水平\n第三节 健",
		trapWant{title: "岳阳县国民经济和社会发展第十五个五年规划纲要(草案)", province: "湖南省", city: "岳阳市", district: "岳阳县", level: "county", docType: "五年规划纲要", year: 2025, date: ""},
	},
	{
		"a plan period's column before a bar (奋进十四五 | 白云:…) is part of the headline, and 白云区 named with 广州 is 广州市's, not 贵阳市's (round 206)", "r214_02_h1238_f06.txt",
		"奋进十四五 | 白云:“一园一城一示范区”引领高质量发展之路\n2021-08-11 10:54 羊城晚报•羊城派 原创\n打造国家中心城市和国际大都市的现代化中心城区,奋力建设成为广州最好、最强、最有活力的区之一。\n\n文/羊城晚报全媒体记者 符畅\n\n地区生产总值年均增长6.5%左右,高新技术产品产值占规模以上工业总产值比重达50%,空气质量优良天数比率达90%,森林覆盖率提高到26.7%,人均预期寿命达82.5岁……日前,白云区发布《广州市白云区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》,从经济发展、创新驱动、发展环境、民生福祉4个方面,提出了20项主要指标。\n\n未来五年,白云区将着力打造“五片协同、多核驱动”的发展格局,以科技创新、国际枢纽、发展环境为三大基础支撑,在产业体系、交通设施、城区环境、社会治理、民生福祉等方面持续发力,打造国家中心城市和国际大都市的现代化中心城区,奋力建设成为广州最好、最强、最有活力的区之一。\n\n发挥重大平台带动作用\n\n今年上半年,白云区经济社会发展取得新成效,全区地区生产总值完成1158.79亿元,同比增长20.2%,增速排全市第一,为“十四五”开好头、起好步。“十四五”期间,白云区生产总值年均增速的目标值定为6.5%左右。\n\n新一轮五年规划,明确要优化“五大功能片区”,构建“五片协同、多核驱动”空间发展格局。其中,“五片协同”是指中部发挥几何中心优势,谋划建设集商务服务、行政公共服务、文旅休闲等为一体的现代功能智慧城心;南部以现代服务业构筑白云中轴线,点亮总部经济时尚之都;西部以广州西岸和白云湖数字科技城为引擎,打造生态宜居、产城融合的数字经济创新走廊,北部依托白云国际机场,打造临空经济产业新城,东部依托白",
		trapWant{title: "奋进十四五 | 白云:“一园一城一示范区”引领高质量发展之路", province: "广东省", city: "广州市", district: "白云区", level: "county", docType: "其他", year: 2021, date: "2021-08-11"},
	},
	{
		"a law database's validity tag after a resolution's name ([现行有效]) is no part of its title (round 206)", "r214_03_h1239_f06.txt",
		">>>welcome visitor, haven't logged in. Login\nSubscribe Now Contact us  \nFont Size:  A A A Search “Fabao” Window English 中文 = 简体  繁体\n  Favorite   DownLoad   Print\n \nResolution of the Fourth Session of the Eleventh National People's Congress on the Report on the Implementation of the Central and Local Budgets for 2010 and on the Draft Central and Local Budgets for 2011 [Effective]\n第十一届全国人民代表大会第四次会议关于2010年中央和地方预算执行情况与2011年中央和地方预算的决议 [现行有效]\n【法宝引证码】\n\nResolution of the Fourth Session of the Eleventh National People's Congress on the Report on the Implementation of the Central and Local Budgets for 2010 and on the Draft Central and Local Budgets for 2011\n\n \n\n第十一届全国人民代表大会第四次会议关于2010年中央和地方预算执行情况与2011年中央和地方预算的决议\n\n(Adopted at the Fourth Session of the Eleventh National People's Congress on March 14, 2011) (2011年3月14日第十一届全国人民代表大会第四次会议通过)\n\nThe Fourth Session of the Eleventh National People's Congress reviewed the Report on the Implementation of the Central and Local Budgets for 2010 and on the Draft Central and Local Budgets for 2011 by the State Council, and the 2011 Draft Central and Local Budgets, and agreed the report of the review result by the Financial and Economic Committee of the NPC. The session approved the Report on the Implementation of the Central and Local Budgets for 2010 and on the Draft Central and Local Budgets for 2011, and the 2011 Central Budgets. 第十一届全国人民代表大会第四次会议审查了国务院提出的《关于2010年中央和地方预算执行情况与2011年中央和地方预算草案的报告》及2011年中央和地方预算草案,同意全国人民代表大会财政经济委员会的审查结果报告。会议决定,批准《关于2010年中央和地方预算执行情",
		trapWant{title: "第十一届全国人民代表大会第四次会议关于2010年中央和地方预算执行情况与2011年中央和地方预算的决议", province: "", city: "", district: "", level: "national", docType: "其他", year: 2011, date: "2011-03-14"},
	},
	{
		"a headline and its deck after a bar (…第三次会议开幕 | 胡元坤主持会议并宣布开幕 黄河作政府工作报告 …出席) is the whole headline (round 206)", "r214_04_h1240_f03.txt",
		"站内\n  • 站内\n\n当前位置:\n\n眉山新闻网\n\n>\n\n新闻\n\n>\n\n今日头条\n\n眉山市第五届人民代表大会第三次会议开幕 | 胡元坤主持会议并宣布开幕 黄河作政府工作报告 黄剑东刘先伟出席\n\n新闻来源:      \n\n更新时间:2023-01-05 16:02:38\n\n责任编辑:李泓莹\n\n\n人大标题.png\n\n1月3日下午,眉山市第五届人民代表大会第三次会议在市会议中心大会堂开幕。14时30分,肩负着全市人民的重托,来自全市各地各条战线的市人大代表庄严步入会场,认真履行宪法和法律赋予的神圣职责,以习近平新时代中国特色社会主义思想为指导,认真贯彻落实中央、省委和市委重大决策部署,为开创现代化眉山建设新局面凝聚智慧贡献力量。\n\n第一次全体会议应到代表372人,实到349人,符合法定人数。\n\nW020230103801188868819.jpg\n\n2023年1月3日,眉山市第五届人民代表大会第三次会议开幕。 眉山日报全媒体记者 雷同 摄\n\n大会主席团常务(执行)主席胡元坤主持会议。大会主席团常务(执行)主席刘先伟、高立新、肖忠良、立胡左格、王晓丽、肖巍、王泽文、廖小宁、何万高在主席台前排就座。\n\n黄河、黄剑东、何迎晓、刘海、杨军、来建、郝文全、鲁力、赵金霞及大会主席团其他成员,市政府、市政协、市中级人民法院、市人民检察院领导,及部分市级老领导在主席台就座。\n\nW020230103801188585956.jpg\n\n市委书记胡元坤主持会议。 眉山日报全媒体记者 雷同 摄\n\n15时许,胡元坤宣布:眉山市第五届人民代表大会第三次会议开幕!全体起立,奏唱中华人民共和国国歌。\n\n市长黄河代表市人民政府向大会作工作报告。报告共分三个部分:感恩前行,笃行实干的2022;牢记嘱托,踔厉奋发的2023;砥砺奋进,建设人民满意政府。\n\n\n\n黄河在报告中说,2022年6月8日,习近平总书记亲临眉山视察,眉山人民深",
		trapWant{title: "眉山市第五届人民代表大会第三次会议开幕 | 胡元坤主持会议并宣布开幕 黄河作政府工作报告 黄剑东刘先伟出席", province: "四川省", city: "眉山市", district: "", level: "city", docType: "其他", year: 2023, date: "2023-01-05"},
	},
	{
		"a headline opening on 走进 over a photo's caption marked （资料图） stays the headline: 走进 makes no kicker (a review finding on meta-272)", "r214_05_kicker_04_zoujin_headline.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 宜春要闻\n走进宜春经济技术开发区\n宜春经开区锂电产业园一角（资料图）\n发布时间：2024-04-20 09:30  来源：宜春日报\n记者从市统计局获悉，一季度，全市实现地区生产总值865.3亿元，同比增长5.6%，增速高于全省0.4个百分点。\n分产业看，第一产业增加值增长3.9%，第二产业增加值增长6.1%，第三产业增加值增长6.0%。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "走进宜春经济技术开发区", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-04-20"},
	},
	{
		"…nor does a headline ending on 精神 (市政府党组会议传达学习全国两会精神) (a review finding on meta-272)", "r214_06_kicker_05_jingshen_headline.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 宜春要闻\n市政府党组会议传达学习全国两会精神\n宜春市政府党组会议现场（资料图）\n发布时间：2024-04-20 09:30  来源：宜春日报\n4月19日，市政府党组召开会议，传达学习全国两会精神，研究贯彻落实意见。\n会议强调，要认真落实市政府工作报告确定的目标任务。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "市政府党组会议传达学习全国两会精神", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-04-20"},
	},
	{
		"a series' line over a headline and its date line is no title: the headline under it is (a review finding on meta-272)", "r214_07_kicker_13_series_over_plain.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 宜春要闻\n2024宜春两会特别报道\n宜春市政府工作报告提出今年GDP增长6%\n发布时间：2024-04-20 09:30  来源：宜春日报\n记者从市统计局获悉，一季度，全市实现地区生产总值865.3亿元，同比增长5.6%，增速高于全省0.4个百分点。\n分产业看，第一产业增加值增长3.9%，第二产业增加值增长6.1%，第三产业增加值增长6.0%。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "宜春市政府工作报告提出今年GDP增长6%", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-04-20"},
	},
	{
		"a government headline naming a forum on registration (企业注册登记…论坛) over a 主题： line is the headline: 注册 alone is no forum's board word (a review finding on meta-272)", "r214_08_forum_05_luntan_zhuce_nofields.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 宜春要闻\n宜春举办企业注册登记便利化改革论坛\n主题：优化营商环境\n4月20日，活动在宜春市袁州区秀江街道举行，来自全市的200余名社区工作者参加，落实市政府工作报告部署。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "宜春举办企业注册登记便利化改革论坛", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"湖南长沙： over a lead opening on 长沙县人民政府工作报告提出，…、… is 长沙县's: a 、 lists no counties (a review finding on meta-272)", "r214_09_short_07_changsha_county_gov.txt",
		"首页 > 地方新闻\n湖南长沙：全力打造县域经济标杆\n发布时间：2024-01-20 来源：湖南日报\n长沙县人民政府工作报告提出，今年全县地区生产总值增长6%、一般公共预算收入增长5%。\n报告提出，今年地区生产总值增长6%左右。\n",
		trapWant{title: "湖南长沙：全力打造县域经济标杆", province: "湖南省", city: "长沙市", district: "长沙县", level: "county", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"a decision's title broken after …市政府文件 is no organ's file heading (a review finding on meta-272)", "r214_10_file_02_title_ends_wenjian.txt",
		"首页>部门专栏>市政府办>政府办文件\n发文日期:2024-02-14 16:12 发布机构:市人民政府办公室\n\n宜春市人民政府关于宣布失效一批市政府文件\n\n的决定\n\n宜府发〔2024〕3号\n\n各县（市、区）人民政府，市政府各部门：\n2024年是实现“十四五”规划目标任务的关键一年。经市人民政府同意，现将有关事项通知如下，请认真贯彻执行。\n一、认真制订工作方案。\n",
		trapWant{title: "宜春市人民政府关于宣布失效一批市政府文件的决定", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-02-14"},
	},
	{
		"a headline broken after 对 before 《政府工作报告》的意见建议 is joined, no slogan over a headline (a review finding on meta-272)", "r214_11_slogan_01_split_headline.txt",
		"您现在的位置:首页 > 湖州新闻 > 文字新闻\n市政府召开座谈会征求各界人士对\n《政府工作报告》的意见建议\n发布时间:2022-03-22  来源:湖州市人民政府\n\n  连日来，市政府领导召开多个座谈会，邀请部分市人大代表、市政协委员和民主党派、工商联、无党派人士代表以及部分老同志，就即将提请市九届人大一次会议审议的《政府工作报告》广泛征求意见建议。\n  在座谈会上，各界人士踊跃发言，积极建言献策。\n",
		trapWant{title: "市政府召开座谈会征求各界人士对《政府工作报告》的意见建议", province: "浙江省", city: "湖州市", district: "", level: "city", docType: "其他", year: 2022, date: "2022-03-22"},
	},
	{
		"a site's slogan over the headline, over a lead telling where the reporter learnt it, is no headline (a review finding on meta-272)", "r214_12_lead_03_chengwangjun.txt",
		"传递温暖的力量\n您所在的位置:主页 > 顺德资讯 > 本土速递 >\n顺德两会快讯 | 政府工作报告提出今年GDP增长6%\n\n城网君从1月10日上午召开的佛山市顺德区第十七届人民代表大会第三次会议上了解到,今年全区地区生产总值预期增长6%左右。\n\n报告提出,今年将继续推进村级工业园改造。\n",
		trapWant{title: "顺德两会快讯 | 政府工作报告提出今年GDP增长6%", province: "广东省", city: "佛山市", district: "顺德区", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a lead's full day with its time of day and a full-width dot (2006年6月28日下午．) dates the story (a review finding on meta-272)", "r214_13_fullday_03_fwdot.txt",
		"论文部分内容阅读\n2006年6月28日下午．安庆市十四届人大常委会第十七次会议在继续进行。市审计局局长江厚春在作《关于安庆市本级2005年预算执行和其他财政收支审计情况的报告》。会场内座无虚席．一片肃静。",
		trapWant{title: "", province: "安徽省", city: "安庆市", district: "", level: "city", docType: "其他", year: 2006, date: "2006-06-28"},
	},
	{
		"a subtitle alone at the top that opens on a year (——2023年宜春经济社会发展回眸) is the title: a year alone makes no meeting line (a review finding on meta-272)", "r214_14_sub_04_year_huimou.txt",
		"——2023年宜春经济社会发展回眸\n2023年，面对复杂严峻的外部环境，全市上下坚决贯彻市委、市政府决策部署，经济社会发展取得新成效。全市地区生产总值增长5.6%，一般公共预算收入增长6%。\n",
		trapWant{title: "2023年宜春经济社会发展回眸", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"…and one after a single dash (a review finding on meta-272)", "r214_15_sub_05_one_dash.txt",
		"—热烈祝贺市五届人大四次会议胜利闭幕\n伴随着宜春大地赶超发展的热潮，承载着全市人民的殷切期望，1月26日至28日，我市隆重召开了市五届人大四次会议和市五届政协四次会议，并顺利完成了各项议程。会议期间，人大代表和政协委员们认真审议、讨论《政府工作报告》及其他各项决议，畅所欲言，献计献策。\n2024年是实现“十四五”规划目标任务的关键一年。\n",
		trapWant{title: "热烈祝贺市五届人大四次会议胜利闭幕", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a count of sessions opening a headline (3场发布会解读…) is no PDF's page number (a review finding on meta-272)", "r214_16_pagenum_07_chang.txt",
		"首页 > 新闻中心 > 宜春要闻\n3场发布会解读宜春市政府工作报告\n发布时间：2024-02-01 来源：宜春发布\n1月28日，宜春市第五届人民代表大会第四次会议开幕，市长作政府工作报告。\n报告提出，今年全市地区生产总值增长6%左右。\n",
		trapWant{title: "3场发布会解读宜春市政府工作报告", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-02-01"},
	},
	{
		"a five-year plan's mid-term review (…规划纲要实施情况中期评估) is typed 其他, not the outline's type (round 207)", "r214_17_h1246_f08.txt",
		"首页 > 重要发布 > 常委会会议文件\n武昌区“十四五”规划纲要实施情况中期评估\n发布时间:2024-01-30 09:10    打印     阅读次数:\n\n——2023年12月1日在武汉市武昌区第十六届人大常委会第十六次会议上\n\n武昌区发改局局长   成洁\n\n \n\n主任、各位副主任,各位委员:\n\n受区人民政府委托,现将武昌区国民经济和社会发展“十四五”规划实施情况的中期评估报告如下,请予审议。\n\n一、前言\n\n“十四五”以来,全区坚持以习近平新时代中国特色社会主义思想为指导,全面落实党的基本理论、基本路线、基本方略,统筹推进“五位一体”总体布局,协调推进“四个全面”战略布局,深入落实省委“一主引领”、市委“主中心”发展要求,立足新发展阶段,坚持新发展理念,融入新发展格局,全力以赴拼经济搞建设抓发展。对标一线城市先进城区,全力构建以现代服务业为主要内容,以总部经济为主要形态,以金融、科技、人才为主要要素的经济高质量发展现代化城区样板,城市能级、功能品质、形象面貌持续提升,重点任务、重大项目顺利推进,奋力谱写全面建设社会主义现代化国家新篇章。\n\n为确保《武昌区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》顺利实施,按照国家、省、市有关部署,武昌区积极组织开展“十四五”规划纲要实施情况中期评估,重点评估“十四五”规划纲要发展目标、重点任务等完成情况,查找并分析存在的问题及原因,对“十四五”期末完成情况进行预判,结合当前和今后一段时期武昌区发展面临的形势,有针对性地提出调整建议和促进规划进一步实施的对策措施。\n\n本次评估期限为2021年1月1日至2023年6月30日,评估基本原则是“时间过半、完成过半”,评估采取定性与定量相结合的方法,突出",
		trapWant{title: "武昌区“十四五”规划纲要实施情况中期评估", province: "湖北省", city: "武汉市", district: "武昌区", level: "county", docType: "其他", year: 2023, date: "2023-12-01"},
	},
	{
		"an outline's preamble right under 目 录 opening on its full name and what it is (…纲要(2016—2020年)是指导…) gives the title (round 207)", "r214_18_h1243_f02.txt",
		"目 录\n华容区国民经济和社会发展第十三个五年规划纲要(2016—2020年)是指导华容区未来五年发展的宏伟蓝图和行动纲领,是政府履行经济调节、市场监管、社会管理和公共服务职责的重要依据,对于在新的起点上推动科学发展,积极适应发展新常态,妥善应对经济社会发展挑战,全面落实建成小康社会具有十分重要的意义。\n“十二五”时期,华容区委、区政府齐心协力,全力克服宏观经济下行压力,以邓小平理论、“三个代表”重要思想、科学发展观以及党的十八大精神为指导,按照规划确定的目标,开拓进取,奋力拼搏,保持经济平稳增长,社会事业全面进步,人民生活显著改善,综合实力稳步提高。\n经济平稳增长,主要指标难中有进。地区生产总值从2011年的57.60亿元增加到2015年的98亿元(预计值,下同),年均增长14.21%。财政总收入从2011年的3.87亿元增加到2015年的6.39亿元,年均增长13.36%。工业增加值从2011年的32.94亿元增加到2015年的78.40亿元,年均增长24.21%,五年累计完成287.07亿元,超额完成目标任务。全社会固定资产投资总额从2011年的63.50亿元增加到2015年163.20亿元,年均增长26.61%,五年累计完成567.70亿元,达到规划期目标。全社会消费品零售总额从2011年的13.28亿元增加到2015年的27亿元,年均增长19.41%,完成规划期目标。外贸出口总值从2011年的3238万美元增加到2015年的3700万美元,年均增长3.40%。\n产业发展提速,提档升级稳步进行。农业生产能力逐步增强。华容区不断加大农业结构调整力度,依靠科技进步、设施化建设、产业化经营发展现代生态农业,2015年全区市级农业产业化龙头企业数目达到24家,省级龙头企业数目达到4家。工业经济发展逆势奋进。2015年全区工业增加值达到78.40亿元,同比增长12.51%,规模以上工业企业发展到近90家。",
		trapWant{title: "华容区国民经济和社会发展第十三个五年规划纲要(2016—2020年)", province: "湖北省", city: "鄂州市", district: "华容区", level: "county", docType: "五年规划纲要", year: 0, date: ""},
	},
	{
		"a headline led by its place and a colon over a photo's caption marked （资料图） stays the headline: a colon makes no kicker (a review finding on meta-271)", "r213_01_photo_01_colon_headline.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 宜春要闻\n宜春：一季度GDP增长5.6%\n宜春中心城区一角（资料图）\n发布时间：2024-04-20 09:30  来源：宜春日报\n记者从市统计局获悉，一季度，全市实现地区生产总值865.3亿元，同比增长5.6%，增速高于全省0.4个百分点。\n分产业看，第一产业增加值增长3.9%，第二产业增加值增长6.1%，第三产业增加值增长6.0%。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "宜春：一季度GDP增长5.6%", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-04-20"},
	},
	{
		"…nor does a space between a short phrase and a long one (稳中有进 宜春一季度经济开局良好) (a review finding on meta-271)", "r213_02_photo_04_two_phrase_headline.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 宜春要闻\n稳中有进 宜春一季度经济开局良好\n宜春中心城区一角（资料图）\n发布时间：2024-04-20 09:30  来源：宜春日报\n记者从市统计局获悉，一季度，全市实现地区生产总值865.3亿元，同比增长5.6%，增速高于全省0.4个百分点。\n分产业看，第一产业增加值增长3.9%，第二产业增加值增长6.1%，第三产业增加值增长6.0%。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "稳中有进宜春一季度经济开局良好", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-04-20"},
	},
	{
		"a focus line alone (聚焦一季度宜春经济) over a headline marked （资料图） is a kicker: the marked line is the headline (a review finding on meta-271)", "r213_03_photo_09_kicker_nospace.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 宜春要闻\n聚焦一季度宜春经济\n一季度宜春GDP增长5.6%（资料图）\n发布时间：2024-04-20 09:30  来源：宜春日报\n记者从市统计局获悉，一季度，全市实现地区生产总值865.3亿元，同比增长5.6%，增速高于全省0.4个百分点。\n分产业看，第一产业增加值增长3.9%，第二产业增加值增长6.1%，第三产业增加值增长6.0%。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "一季度宜春GDP增长5.6%", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-04-20"},
	},
	{
		"a place-colon headline without figures over a marked caption stays the headline (a review finding on meta-271)", "r213_04_photo_24_colon_nodigits.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 宜春要闻\n宜春：城市更新让群众生活更美好\n宜春中心城区一角（资料图）\n发布时间：2024-04-20 09:30  来源：宜春日报\n记者从市统计局获悉，一季度，全市实现地区生产总值865.3亿元，同比增长5.6%，增速高于全省0.4个百分点。\n分产业看，第一产业增加值增长3.9%，第二产业增加值增长6.1%，第三产业增加值增长6.0%。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "宜春：城市更新让群众生活更美好", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-04-20"},
	},
	{
		"a government story's headline naming a forum, set apart by a space, over its publication line and a 主题： line is the headline (a review finding on meta-271)", "r213_05_forum_gov_02_luntan_space.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 宜春要闻\n2024宜春锂电产业发展论坛 专家建言\n发布时间：2024-04-21 09:00  来源：宜春日报\n主题：锂动未来 链接世界\n4月20日，活动在宜春市袁州区秀江街道举行，来自全市的200余名社区工作者参加，落实市政府工作报告部署。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "2024宜春锂电产业发展论坛专家建言", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-04-21"},
	},
	{
		"…so is one ending on 版 (…论坛精华版) (a review finding on meta-271)", "r213_06_forum_gov_04_luntan_ends_ban.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 宜春要闻\n宜春市社区治理论坛精华版\n发布时间：2024-04-21 09:00  来源：宜春日报\n主题：基层治理现代化\n4月20日，活动在宜春市袁州区秀江街道举行，来自全市的200余名社区工作者参加，落实市政府工作报告部署。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "宜春市社区治理论坛精华版", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-04-21"},
	},
	{
		"a forum's board line with 注册 over a post's counts is no headline: the 主题： line gives the title (a review finding on meta-271)", "r213_07_forum_09_register.txt",
		"大河论坛免费注册会员中心\n查看: 2356 | 回复: 12\n主题：河南首次公晒“三公”经费 全省要过“紧日子”\n发表于2013-08-03\n上半年进账多少？花了多少？8月2日，河南省财政厅首次公开了全省“三公”经费预算情况，全省要过紧日子。\n河南省财政厅有关负责人表示，将严格执行省政府工作报告关于压减一般性支出的要求。\n",
		trapWant{title: "河南首次公晒“三公”经费全省要过“紧日子”", province: "河南省", city: "", district: "", level: "province", docType: "其他", year: 2013, date: "2013-08-03"},
	},
	{
		"浙江金东： over a lead opening on 金东区召开区委经济工作会议 is the county's (a review finding on meta-271)", "r213_08_short_01_jindong_zhaokai.txt",
		"首页 > 地方新闻\n浙江金东：高质量发展开新局\n发布时间：2024-01-20 来源：浙江日报\n1月8日，金东区召开区委经济工作会议，总结2023年工作，部署今年经济工作。\n报告提出，今年地区生产总值增长6%左右。\n",
		trapWant{title: "浙江金东：高质量发展开新局", province: "浙江省", city: "金华市", district: "金东区", level: "county", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"…and over one opening on 金东区政协…开幕 (a review finding on meta-271)", "r213_09_short_04_jindong_zhengxie.txt",
		"首页 > 地方新闻\n浙江金东：委员建言高质量发展\n发布时间：2024-01-20 来源：浙江日报\n金东区政协九届四次会议1月7日开幕，委员们围绕区政府工作报告建言献策。\n报告提出，今年地区生产总值增长6%左右。\n",
		trapWant{title: "浙江金东：委员建言高质量发展", province: "浙江省", city: "金华市", district: "金东区", level: "county", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"湖南长沙： over a lead listing the city's counties (长沙县…，浏阳市、宁乡市…，全市…) is the city's, not 长沙县's (a review finding on meta-271)", "r213_10_short_11_changsha_baiqiang_list.txt",
		"首页 > 地方新闻\n湖南长沙：三县市跻身全国百强县\n发布时间：2024-01-20 来源：湖南日报\n长沙县2023年位列全国百强县第4位，浏阳市、宁乡市分列第8位、第13位，全市县域经济占比超过四成。\n报告提出，今年地区生产总值增长6%左右。\n",
		trapWant{title: "湖南长沙：三县市跻身全国百强县", province: "湖南省", city: "长沙市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"…and 江西南昌： over 南昌县…，进贤县、安义县…全市… (a review finding on meta-271)", "r213_11_short_20_nanchang_county_list.txt",
		"首页 > 地方新闻\n江西南昌：县域经济百花齐放\n发布时间：2024-01-20 来源：江西日报\n南昌县2023年地区生产总值突破千亿元，进贤县、安义县增速均超过全市平均水平。\n报告提出，今年地区生产总值增长6%左右。\n",
		trapWant{title: "江西南昌：县域经济百花齐放", province: "江西省", city: "南昌市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"a township named after 在 as its own organs' seat (在腰堡镇党委、政府的坚强领导下) counts as its own name (a review finding on meta-271)", "r213_12_town_01_yaobao_zai.txt",
		"首页 > 规划计划\n国民经济和社会发展第十四个五年规划纲要\n发布时间：2021-05-10\n“十四五”时期，在腰堡镇党委、政府的坚强领导下，全镇上下要坚定信心。\n一、发展基础\n“十三五”期间，腰堡镇地区生产总值年均增长7%。\n二、发展目标\n到2025年，全镇地区生产总值突破30亿元。\n",
		trapWant{title: "国民经济和社会发展第十四个五年规划纲要", province: "辽宁省", city: "铁岭市", district: "铁岭县", level: "county", docType: "五年规划纲要", year: 2021, date: "2021-05-10"},
	},
	{
		"a photo's caption with a space, marked （资料图）, between the headline and the date line gives way to the headline (a review finding on meta-266)", "r213_13_photo_10_caption_between_space.txt",
		"首页 | 政务公开 | 新闻中心 | 互动交流 | 网上办事\n您当前的位置：首页 > 新闻中心 > 宜春要闻\n一季度宜春GDP增长5.6%\n宜春城区 鸟瞰 （资料图）\n发布时间：2024-04-20 09:30  来源：宜春日报\n记者从市统计局获悉，一季度，全市实现地区生产总值865.3亿元，同比增长5.6%，增速高于全省0.4个百分点。\n分产业看，第一产业增加值增长3.9%，第二产业增加值增长6.1%。\n【打印】 【关闭】\n主办：宜春市人民政府办公室  承办：宜春市大数据中心\n赣ICP备05004321号\n",
		trapWant{title: "一季度宜春GDP增长5.6%", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-04-20"},
	},
	{
		"a count of characters after a column's bar (顺德两会关注|900字极简报告…) is no PDF's page number (round 205)", "r213_14_h1233_f05.txt",
		"顺德两会关注|900字极简报告,读懂顺德政府未来施政与你我的关系\n\n11月10日上午,佛山市顺德区第十七届人民代表大会第一次会议开幕,顺德区委副书记、代理区长区柱明作政府工作报告。全文近1万字的报告,是如何具体落实党代会精神,与顺德市民又有何关系?城网君梳理了900字极简版,一起看懂顺德未来五年要做什么。\n\n\nIMG_4667_副本.jpg\n\n\n一、未来五年工作主要目标\n\n\n到2025年,地区生产总值达5000亿元,固定资产投资年均增长10%,规模以上工业增加值年均增长8%,居民人均可支配收入年均增长6%,为佛山争当全省地级市高质量发展领头羊提供有力支撑。\n\n\n二、部分重点工作\n\n\n1、坚持工业立区、科技强区,打造经济高质量发展的顺德示范\n\n\n投入不低于10亿元人才补贴,提供1万套人才住房,为高层次人才子女提供不少于1万个优质学位。\n\n\n优先扶持主导产业发展、优先满足本土企业增资扩产、优先引进高科技企业。\n\n\n探索在横琴建设国际化科技创新和技术转移中心。\n\n\n培训超百名数字化转型决策者,超千名数字化管理者,超万名数字化产业技术工人。\n\n\n集中资源建设四大平台。\n\n\n严守工业红线,整理形成一批300亩以上的连片工业用地。\n\n\n2、坚持双中心、多组团,打造高品质城市的顺德示范\n\n\n推动大良、容桂、伦教深度融合,谋划建设跨德胜河通道。开展顺风岛、大汕岛利用研究,加强生态保育。\n\n\n加快马冈新城总体规划编制,协同高新区辐射带动周边镇(街道)发展。\n\n\n建设大湾区世界级旅游目的地。\n\n\n要做活做旺佛山新城,带动陈村、北滘、乐从深度融入大湾区广佛极点。\n\n\n推动佛山地铁11号线尽快动工建设,积极推进肇顺南城际、南沙港铁路等重点项目,强化与深中通道、狮子洋通道等互联互通。\n\n\n打通一批断头路,改造一批",
		trapWant{title: "顺德两会关注|900字极简报告,读懂顺德政府未来施政与你我的关系", province: "广东省", city: "佛山市", district: "顺德区", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline over a lead that says where the reporter learnt it (城网君从…会议上了解到,…) is the headline (round 205)", "r213_15_h1233_f06.txt",
		"传递温暖的力量\n您所在的位置:主页 > 顺德资讯 > 本土速递 >\n精彩专题,一览无穷\n\n热门查看\n\n顺德两会快讯 | 奋进“十三五”全面打造高质量发展“顺德样板”\n\nQQ图片20210127103721_副本.jpg\n\n\n城网君从1月27日上午召开的佛山市顺德区第十六届人民代表大会第六次会议上了解到,“十三五”期间,顺德被广东省委赋予“率先建设广东省高质量发展体制机制改革创新实验区”的重要使命,以村级工业园改造为突破口推进全面改革创新,带动全区城乡形态、产业结构优化升级,经济社会发展取得明显成效,连续九年位居全国高质量发展和综合实力百强区第一名,第十二年获得“中国全面小康十大示范县市”,为“十四五”时期实现更高水平发展奠定了基础。\n\n\n经济高质量发展:地区生产总值年均增长6.7%\n\n\n顺德区是制造业大区、民营经济大区,改革开放以来,顺德一直以“敢为天下先”的改革精神在多领域取得重大突破。\n\n\n2020年地区生产总值增长4.1%,五年(2016年一2020年,下同)年均增长6.7%;实现规模以上顺德地区生产总值工业增加值预计达1807.65亿元,五年年均增长8.2%;全区完成全社会固定资产投资增长13.5%,五年年均增长17%;2020年社会消费品零售总额预计达1097.72亿元,五年年均增长4.1%……这一连串亮眼的数据显示,“十三五”时期,顺德经济保持中高速增长,需求拉动总体平稳。\n\n\n2018年以来,顺德举全区之力攻坚村级工业园改造“头号工程”,全面撬动产业格局、城乡形态、生态建设重塑。2018年以来,累计改造提升8.3万亩,新建厂房1627万平方米,深度激发市场活力,美的、碧桂园、万和等本土企业掀起“二次创业”热潮。2019年以来,全区先后引进277个超亿元项目,总投资2865亿元,开源芯片产业基地、海天华南总部基地等六大超百亿项目落",
		trapWant{title: "顺德两会快讯 | 奋进“十三五”全面打造高质量发展“顺德样板”", province: "广东省", city: "佛山市", district: "顺德区", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a site's long slogan is no part of the headline under it that names its report in quotes (round 205)", "r213_16_h1234_f08.txt",
		"打造网上国际投资促进平台 致力于中国投资促进事业\n您现在的位置:首页 > 开发区新闻 > 湖州 > 文字新闻\n市政府召开座谈会征求对《政府工作报告》的意见建议\n发布时间:2022-03-22  来源:湖州市人民政府  发布开发区:湖州经济技术开发区\n\n  连日来,市政府领导召开多个座谈会,邀请部分市人大代表、市政协委员和民主党派、工商联、无党派人士代表以及部分老同志,就即将提请市九届人大一次会议审议的《政府工作报告》广泛征求意见建议。\n\n  在座谈会上,各界人士踊跃发言,积极建言献策,结合报告文稿谈体会、说感受,在充分肯定过去五年政府工作的同时,围绕深度融入长三角一体化发展、“轨道上的湖州”建设、城乡均衡发展、保障和改善民生、文化产业发展、集聚各方人才、打造书香城市等方面,提出了很多真知灼见,对进一步修改和完善《政府工作报告》提出了具体的意见建议。\n\n  未来五年,是湖州全面推进社会主义现代化建设、向第二个百年奋斗目标进军的关键五年,是湖州“再接再厉、顺势而为、乘胜前进”、实现高质量赶超发展的关键五年。市第九次党代会提出了“坚定不移走绿水青山就是金山银山之路,奋力建设绿色低碳共富社会主义现代化新湖州”奋斗目标,明确“十个崭新一页”的重点工作。市领导表示,全市政府系统将坚决按照市委决策部署,充分发挥政府抓执行、抓落实的特性,全力推动党代会部署要求落到实处、取得实效。\n\n  市领导指出,大家围绕报告提出的意见建议,针对性很强,起草组将认真研究梳理、充分借鉴采纳,切实体现到报告中,落实在工作上。同时,希望各界人士一如既往地关心支持政府工作,充分发挥各自优势,积极建言献策,汇聚强大合力,加快推动新时代湖州高质量赶超发",
		trapWant{title: "市政府召开座谈会征求对《政府工作报告》的意见建议", province: "浙江省", city: "湖州市", district: "", level: "city", docType: "其他", year: 2022, date: "2022-03-22"},
	},
	{
		"an organ's file heading and a document number that lost its brackets (岸政办20191) are no part of the notice's title broken over three lines (round 205)", "r213_17_h1234_f07.txt",
		"首页>部门专栏>区政府办>政府办文件\n(岸政办〔2019〕1号)区人民政府办公室关于印发区政府工作报告确定的2019年主要目标任务责任\n发文日期:2019-01-14 16:12 发布机构:区人民政府办公室 【已阅读:\n\n \n\n                                                       \n\n \n\n \n\n武汉市江岸区人民政府办公室文件\n\n \n\n \n\n岸政办20191\n\n \n\n \n\n\n区人民政府办公室关于印发区政府工作报告\n\n确定的2019年主要目标任务责任\n\n分解方案的通知\n\n \n\n各街道办事处,区人民政府各部门,各有关单位:\n\n2019年是新中国成立70周年,是决胜全面建成小康社会第一个百年奋斗目标的关键之年,也是第七届世界军人运动会隆重举办之年。做好全年的政府工作,对加快建设“创新活力城区、幸福美丽江岸”、推动我区走在高质量发展前列具有十分重要的意义。\n\n区十五届人大第三次会议审议通过的区《政府工作报告》,对2019年政府工作作出了全面部署。为落实好2019年区《政府工作报告》确定的目标任务,经区人民政府同意,现将《2019年区〈政府工作报告〉确定的主要目标任务责任分解方案》印发给你们,并将有关事项通知如下,请一并贯彻执行。\n\n一、认真制订工作方案,确保工作有序开展。各责任单位要根据所承担责任事项,逐项进行研究,制订工作方案,主要包括责任事项、具体工作内容、完成时限、分管负责人及责任科室等内容,经单位主要负责人审定后,于128日前报送区人民政府督查室(工作方案式样详见附表)。\n\n二、加强组织领导,确保工作落到实处。各责任单位要按照“一把手”负总责的要求,做到主要负责人亲自抓、分管负责人具体抓、业务部门抓落实。明确了牵头单位的责任事项,牵头单位要敢于担当,统筹责任事项的办",
		trapWant{title: "区人民政府办公室关于印发区政府工作报告确定的2019年主要目标任务责任分解方案的通知", province: "湖北省", city: "武汉市", district: "江岸区", level: "county", docType: "其他", year: 2019, date: "2019-01-14"},
	},
	{
		"a subtitle alone at the page's top over the story (——热烈祝贺县十七届人大三次会议…胜利闭幕) is its title (round 205)", "r213_18_h1232_f04.txt",
		"——熱烈祝賀縣十七屆人大三次會(huì)議和縣十三屆政協(xié)三次會(huì)議勝利閉幕\n天道酬勤、人勤春早。\n伴隨著齊河大地趕超發(fā)展的熱潮,承載著全縣人民的殷切期望,1月16日—18日,我縣隆重召開了縣十七屆人大三次會(huì)議和縣十三屆政協(xié)三次會(huì)議,并順利完成了各項(xiàng)議程,相繼勝利閉幕。我們對(duì)“兩會(huì)”的成功召開表示熱烈祝賀!\n今年的“兩會(huì)”,是繼中共齊河縣第十四屆委員會(huì)第四次全體會(huì)議后的一次重要會(huì)議。這次會(huì)議是在齊河發(fā)展的關(guān)鍵節(jié)點(diǎn)上召開的,大會(huì)的議程十分重要,事關(guān)全縣發(fā)展全局。會(huì)議期間,人大代表和政協(xié)委員們切實(shí)履行憲法和法律賦予的職責(zé),認(rèn)真審議、討論《政府工作報(bào)告》及其他各項(xiàng)決議,暢所欲言,獻(xiàn)計(jì)獻(xiàn)策,集思廣益,共商齊河發(fā)展大計(jì)。這對(duì)進(jìn)一步激勵(lì)全縣人民堅(jiān)定信心、改革創(chuàng)新、銳意進(jìn)取、奮進(jìn)跨越具有十分重要的推動(dòng)作用。\n2018年是全面貫徹黨的十九大精神的開局之年,是改革開放40周年,也是齊河加快高質(zhì)量發(fā)展的突破之年、提升之年。回首過去的一年,我們充滿激情和自豪。一年來,縣委、縣政府帶領(lǐng)全縣人民,堅(jiān)持以科學(xué)發(fā)展觀為指導(dǎo),搶抓“一圈一帶”戰(zhàn)略機(jī)遇,團(tuán)結(jié)拼搏,開拓奮進(jìn),經(jīng)濟(jì)、政治、文化、社會(huì)、生態(tài)文明和黨的建設(shè)均取得了新突破。一年來,在縣委堅(jiān)強(qiáng)領(lǐng)導(dǎo)下,在縣人大、縣政協(xié)及社會(huì)各界監(jiān)督支持下,縣政府團(tuán)結(jié)依靠全縣人民,高舉習(xí)近平新時(shí)代",
		trapWant{title: "热烈祝贺县十七届人大三次会议和县十三届政协三次会议胜利闭幕", province: "山东省", city: "德州市", district: "齐河县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a lead opening on its full day with a dot a scrape left for the comma (2006年6月28日下午.) dates the story (round 205)", "r213_19_h1234_f02.txt",
		"论文部分内容阅读\n2006年6月28日下午.安庆市十四届人大常委会第十七次会议在继续进行。市审计局局长江厚春在作《关于安庆市本级2005年预算执行和其他财政收支审计情况的报告》。会场内座无虚席,除抑扬顿挫的报告声外.一片肃静。报告刚一结束.只听掌声四起.经久难平。会议主持人言简意赅地讲了对审议发言的建议和要求后,常委会组成人员踊跃发言.对审计报告进行严肃认真的审议……",
		trapWant{title: "", province: "安徽省", city: "安庆市", district: "", level: "city", docType: "其他", year: 2006, date: "2006-06-28"},
	},
	{
		"a subdistrict's own summary (全街上下) under a breadcrumb naming 番禺区人民政府市桥街道办事处 is 番禺区's (round 205)", "r213_20_h1235_f04.txt",
		"选择语言\n\n您当前所在位置: 首页 > 机构专页 > 镇政府(街道办事处) > 番禺区人民政府市桥街道办事处 > 政府工作报告\n\n2021年工作总结\n\n来源:本网 发布时间:2022-01-25 11:58:41 阅读次数:-\n字体大小:\n\n  2021年,市桥街团结带领全街干部群众增强“四个意识”、坚定“四个自信”、做到“两个维护”,奋力推动习近平新时代中国特色社会主义思想在市桥落地生根、结出丰硕成果。一年来,全街上下深入开展“大学习、深调研、真落实”,学深悟透做实习近平总书记重要讲话和重要指示批示精神,认真贯彻落实党中央决策部署和省、市、区工作要求,统筹抓好疫情防控和经济社会发展,推动经济社会发展取得新成效。\n\n  一是经济发展迈上新台阶。营商环境全面优化。坚持落实季度经济预测、月度专项调度的经济分析研判和领导班子成员带队开展“四上企业”暖企工作机制,全年共走访慰问企业336家次,成功为企业解决融资、用地等方面问题159宗。举办专场交流会和暖企座谈会共21场,帮助重点企业引进12名紧缺骨干人才。同时,积极落实央行支农支小支民优惠利率专项资金政策,解决企业融资难融资贵问题,2021年累计完成“信易贷”企业注册数3532家,全区排名第二,授信金额382万元,发放贷款352.6万元。招商引资取得阶段性成果。组织专班赴深圳市开展招商推介考察活动,2021年成功举办首届招商推介会,现场签约项目11个,金额达10.5亿元。全力推动街道全员招商工作,全年新增注册企业2585家,其中注册资金在1000万以上的200家,5000万元以上的39家。放管服改革不断深化。全街共布设“5G+VR”政务晓屋6个,新增繁华商圈、三堂社区智慧政务服务站2个,设置街一级综合云坐席并梳理85项高频服务事项进驻,实现“让数据多跑路、群众少",
		trapWant{title: "2021年工作总结", province: "广东省", city: "广州市", district: "番禺区", level: "county", docType: "其他", year: 2022, date: "2022-01-25"},
	},
	{
		"a photo's caption with a year, marked （资料图）, between the headline and the date line gives way to the headline (a review finding on meta-270)", "r212_01_photo_02_caption_year.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 宜春要闻\n一季度宜春GDP增长5.6%\n2023年宜春中心城区一角（资料图）\n发布时间：2024-04-20 09:30  来源：宜春日报\n记者从市统计局获悉，一季度，全市实现地区生产总值865.3亿元，同比增长5.6%，增速高于全省0.4个百分点。\n分产业看，第一产业增加值增长3.9%，第二产业增加值增长6.1%。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室\n赣ICP备05004455号\n",
		trapWant{title: "一季度宜春GDP增长5.6%", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-04-20"},
	},
	{
		"浙江金东： over a lead opening on 金东区2023年实现… is the county's (a review finding on meta-270)", "r212_02_short_08_jindong_gdp_lead.txt",
		"首页 > 地方新闻\n浙江金东：经济总量突破500亿元\n发布时间：2024-01-20 来源：浙江日报\n金东区2023年实现地区生产总值512亿元，比上年增长7.2%。区政府工作报告提出，今年增长7%左右。\n报告提出，今年地区生产总值增长6%左右。\n",
		trapWant{title: "浙江金东：经济总量突破500亿元", province: "浙江省", city: "金华市", district: "金东区", level: "county", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"…over a lead opening on 金东区统计局日前发布… too (a review finding on meta-270)", "r212_03_short_10_jindong_tongjiju.txt",
		"首页 > 地方新闻\n浙江金东：去年经济稳中向好\n发布时间：2024-01-20 来源：浙江日报\n金东区统计局日前发布《2023年金东区国民经济和社会发展统计公报》。\n报告提出，今年地区生产总值增长6%左右。\n",
		trapWant{title: "浙江金东：去年经济稳中向好", province: "浙江省", city: "金华市", district: "金东区", level: "county", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"湖南长沙： over a lead opening on 长沙县2023年… is 长沙县's (a review finding on meta-270)", "r212_04_short_17_changsha_county_gdp.txt",
		"首页 > 地方新闻\n湖南长沙：县域第一县再出发\n发布时间：2024-01-20 来源：湖南日报\n长沙县2023年实现地区生产总值2100亿元，连续多年位居全国百强县前列。长沙县政府工作报告提出，今年增长6.5%。\n报告提出，今年地区生产总值增长6%左右。\n",
		trapWant{title: "湖南长沙：县域第一县再出发", province: "湖南省", city: "长沙市", district: "长沙县", level: "county", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"a board's name ending in 区 (天涯社区天涯杂谈区) over 主题： is a board line (a review finding on meta-270)", "r212_05_forum_11_board_nosep.txt",
		"天涯社区天涯杂谈区\n查看: 2356 | 回复: 12\n主题：河南首次公晒“三公”经费 全省要过“紧日子”\n发表于2013-08-03\n上半年进账多少？花了多少？8月2日，河南省财政厅首次公开了全省“三公”经费预算情况，全省要过紧日子。\n河南省财政厅有关负责人表示，将严格执行省政府工作报告关于压减一般性支出的要求。\n",
		trapWant{title: "河南首次公晒“三公”经费全省要过“紧日子”", province: "河南省", city: "", district: "", level: "province", docType: "其他", year: 2013, date: "2013-08-03"},
	},
	{
		"a board line of sections set apart by spaces (人民网 强国社区 深入讨论区) is a board line (a review finding on meta-270)", "r212_06_forum_18_board_people.txt",
		"人民网 强国社区 深入讨论区\n查看: 2356 | 回复: 12\n主题：河南首次公晒“三公”经费 全省要过“紧日子”\n发表于2013-08-03\n上半年进账多少？花了多少？8月2日，河南省财政厅首次公开了全省“三公”经费预算情况，全省要过紧日子。\n河南省财政厅有关负责人表示，将严格执行省政府工作报告关于压减一般性支出的要求。\n",
		trapWant{title: "河南首次公晒“三公”经费全省要过“紧日子”", province: "河南省", city: "", district: "", level: "province", docType: "其他", year: 2013, date: "2013-08-03"},
	},
	{
		"a headline that is an event's name (…产业发展论坛) over 主题： is the headline, no board line (a review finding on meta-269)", "r211_01_forum_08_event_name_only.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 宜春要闻\n2024中国（宜春）锂电新能源产业发展论坛\n发布时间：2024-04-21 09:00  来源：宜春日报\n主题：锂动未来 链接世界\n4月20日，论坛在宜春明月山温泉国际会议中心开幕，来自全国的200余位专家学者、企业家围绕锂电新能源产业发展建言献策，落实市政府工作报告部署。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室  承办单位：宜春市人民政府办公室\n赣ICP备05004455号\n\n",
		trapWant{title: "2024中国（宜春）锂电新能源产业发展论坛", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-04-21"},
	},
	{
		"a headline stating a figure, marked （资料图）, under a kicker is the headline (a review finding on meta-269)", "r211_02_photo_03_kicker_over_marked.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n您当前的位置：首页 > 新闻中心 > 宜春要闻\n稳中有进 开局良好\n一季度宜春GDP增长5.6%（资料图）\n发布时间：2024-04-20 09:30  来源：宜春日报\n记者从市统计局获悉，一季度，全市实现地区生产总值865.3亿元，同比增长5.6%，增速高于全省0.4个百分点。\n分产业看，第一产业增加值增长3.9%，第二产业增加值增长6.1%。\n【打印本页】 【关闭窗口】\n主办单位：宜春市人民政府办公室  承办单位：宜春市人民政府办公室\n赣ICP备05004455号\n\n",
		trapWant{title: "一季度宜春GDP增长5.6%", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-04-20"},
	},
	{
		"a township named alone twice (那大镇) in a text that speaks as it is its county's (儋州市) (a review finding on meta-269)", "r211_03_town_04_nada.txt",
		"首页 > 规划计划\n国民经济和社会发展第十四个五年规划纲要\n发布时间：2021-05-10\n“十四五”时期是那大镇建设儋州城区核心区的关键时期。全镇上下要坚定信心。\n一、发展基础\n“十三五”期间，那大镇地区生产总值年均增长7%。\n二、发展目标\n到2025年，全镇地区生产总值突破200亿元。\n",
		trapWant{title: "国民经济和社会发展第十四个五年规划纲要", province: "海南省", city: "儋州市", district: "", level: "county", docType: "五年规划纲要", year: 2021, date: "2021-05-10"},
	},
	{
		"湖南长沙： is the city's, not 长沙县's (a review finding on meta-269)", "r211_04_short_09_city_story_lead_county_first.txt",
		"首页 > 地方新闻\n湖南长沙：县域经济挑大梁\n发布时间：2024-01-20 来源：湖南日报\n长沙县、浏阳市、宁乡市2023年地区生产总值均突破1500亿元，全市县域经济占比超过四成。长沙市政府工作报告提出，今年继续做强县域经济。\n报告提出，今年全市地区生产总值增长6%左右。\n",
		trapWant{title: "湖南长沙：县域经济挑大梁", province: "湖南省", city: "长沙市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"a province's headline (广东新兴产业…) over a lead opening on 新兴县等地 is the province's (a review finding on meta-269)", "r211_05_short_17_province_story_xinxing.txt",
		"首页 > 地方新闻\n广东新兴产业增加值增长8.5%\n发布时间：2024-03-02 来源：南方日报\n新兴县等地不锈钢制品产业加快转型升级，全省战略性新兴产业增加值增长8.5%。广东省统计局日前发布《2023年广东省国民经济和社会发展统计公报》。\n2023年，全省实现地区生产总值135673亿元，比上年增长4.8%。\n",
		trapWant{title: "广东新兴产业增加值增长8.5%", province: "广东省", city: "", district: "", level: "province", docType: "其他", year: 2024, date: "2024-03-02"},
	},
	{
		"an outline's preamble opening on 深州市…纲要 gives its title (a review finding on meta-269)", "r211_06_outline_04_shenzhou.txt",
		"(河北省)衡水市深州市国民经济和社会发展十四五规划(2022年更新)\n深州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要，根据《中共深州市委关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制。\n第一篇 开启全面建设社会主义现代化新征程\n第一章 发展基础\n“十三五”时期，面对错综复杂的国内外形势，全县上下坚持以习近平新时代中国特色社会主义思想为指导，地区生产总值突破400亿元。\n",
		trapWant{title: "深州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", province: "河北省", city: "衡水市", district: "深州市", level: "county", docType: "五年规划纲要", year: 2022, date: ""},
	},
	{
		"a headline on opening accounts (…开通政务微博、微信公众号) is no site's list of accounts (a review finding on meta-268)", "r210_01_acct_08_near_opens_two.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 铜鼓要闻\n铜鼓县人民政府开通政务微博、微信公众号\n发布时间：2014-06-12 09:10  来源：铜鼓县人民政府办公室\n6月10日，铜鼓县人民政府政务微博、微信公众号正式开通运行，及时发布政府工作报告确定的重点工作进展情况和政务信息。\n群众可通过搜索“铜鼓发布”关注，获取全县政务信息和便民服务。\n【打印本页】 【关闭窗口】\n主办单位：铜鼓县人民政府办公室  承办单位：铜鼓县融媒体中心\n赣ICP备05004455号\n",
		trapWant{title: "铜鼓县人民政府开通政务微博、微信公众号", province: "江西省", city: "宜春市", district: "铜鼓县", level: "county", docType: "其他", year: 2014, date: "2014-06-12"},
	},
	{
		"nor is one naming two accounts a city's bureau opened (a review finding on meta-268)", "r210_02_acct2_04.txt",
		"首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务\n当前位置：首页 > 新闻中心 > 铜鼓要闻\n铜鼓县开通政务微博、政务微信\n发布时间：2014-05-06 10:00  来源：铜鼓县人民政府办公室\n为更好宣传解读政府工作报告，铜鼓县近日开通政务新媒体账号，及时发布权威信息。\n欢迎广大群众关注。\n【打印本页】 【关闭窗口】\n主办单位：铜鼓县人民政府办公室  承办单位：铜鼓县融媒体中心\n赣ICP备05004455号\n",
		trapWant{title: "铜鼓县开通政务微博、政务微信", province: "江西省", city: "宜春市", district: "铜鼓县", level: "county", docType: "其他", year: 2014, date: "2014-05-06"},
	},
	{
		"a forum's slogan over its board line, both over 主题:…, leaves the thread's title (a review finding on meta-268)", "r210_03_forum2_03_slogan_over_board.txt",
		"河南人自己的网上家园\n大河论坛 › 河南时政\n查看: 2356 | 回复: 12\n主题：河南首次公晒“三公”经费 全省要过“紧日子”\n发表于2013-08-03\n上半年进账多少？花了多少？8月2日，河南省财政厅首次公开了全省“三公”经费预算情况，全省要过紧日子。\n河南省财政厅有关负责人表示，将严格执行省政府工作报告关于压减一般性支出的要求。\n",
		trapWant{title: "河南首次公晒“三公”经费全省要过“紧日子”", province: "河南省", city: "", district: "", level: "province", docType: "其他", year: 2013, date: "2013-08-03"},
	},
	{
		"a board's name of more than eight characters that tells of no event is a board line (a review finding on meta-268)", "r210_04_forum2_04_long_board.txt",
		"凯迪社区猫眼看人版块\n查看: 2356 | 回复: 12\n主题：河南首次公晒“三公”经费 全省要过“紧日子”\n发表于2013-08-03\n上半年进账多少？花了多少？8月2日，河南省财政厅首次公开了全省“三公”经费预算情况，全省要过紧日子。\n河南省财政厅有关负责人表示，将严格执行省政府工作报告关于压减一般性支出的要求。\n",
		trapWant{title: "河南首次公晒“三公”经费全省要过“紧日子”", province: "河南省", city: "", district: "", level: "province", docType: "其他", year: 2013, date: "2013-08-03"},
	},
	{
		"a photo's caption marked （资料图） between the headline and the lead is no title: the headline is (a review finding on meta-268)", "r210_05_photo_04_caption_between.txt",
		"首页 | 政务公开 | 新闻中心 | 互动交流 | 网上办事\n您当前的位置：首页 > 新闻中心 > 宜春要闻\n一季度宜春GDP增长5.6%\n宜春中心城区一角（资料图）\n发布时间：2024-04-20 09:30  来源：宜春日报\n记者从市统计局获悉，一季度，全市实现地区生产总值865.3亿元，同比增长5.6%，增速高于全省0.4个百分点。\n分产业看，第一产业增加值增长3.9%，第二产业增加值增长6.1%。\n【打印】 【关闭】\n主办：宜春市人民政府办公室  承办：宜春市大数据中心\n赣ICP备05004321号\n",
		trapWant{title: "一季度宜春GDP增长5.6%", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-04-20"},
	},
	{
		"an author field naming an organ (作者：凌云县人民政府办公室) is no staff name: it places the page (a review finding on meta-268)", "r210_06_staff_02_author_org.txt",
		"首页 > 政务公开\n2024年政府工作报告\n发布时间：2024-01-20  作者：凌云县人民政府办公室\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n全县地区生产总值增长5.2%。\n",
		trapWant{title: "2024年政府工作报告", province: "广西壮族自治区", city: "百色市", district: "凌云县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-20"},
	},
	{
		"a plan of a township of a city without counties (塘厦镇 of 东莞市) is at the county's level (a review finding on meta-268)", "r210_07_town_05_dongguan.txt",
		"首页 > 规划计划\n国民经济和社会发展第十四个五年规划纲要\n发布时间：2021-05-10\n“十四五”时期是塘厦镇加快建设现代化新塘厦的关键时期。全镇上下要紧紧围绕目标任务。\n一、发展基础\n“十三五”期间，塘厦镇地区生产总值年均增长7%。\n二、发展目标\n到2025年，全镇地区生产总值突破600亿元。\n",
		trapWant{title: "国民经济和社会发展第十四个五年规划纲要", province: "广东省", city: "东莞市", district: "", level: "county", docType: "五年规划纲要", year: 2021, date: "2021-05-10"},
	},
	{
		"浙江金东： over a lead opening on 金东区十届人大四次会议 is the county's (a review finding on meta-268)", "r210_08_short2_03.txt",
		"首页 > 地方新闻\n浙江金东：凝聚合力书写高质量发展新答卷\n发布时间：2024-01-09 来源：浙江新闻\n金东区十届人大四次会议1月8日开幕，区长代表区政府作政府工作报告。\n报告提出，今年全区地区生产总值增长6%左右。\n",
		trapWant{title: "浙江金东：凝聚合力书写高质量发展新答卷", province: "浙江省", city: "金华市", district: "金东区", level: "county", docType: "其他", year: 2024, date: "2024-01-09"},
	},
	{
		"浙江金东 over a lead opening on 金华市金东区 is the county's (a review finding on meta-268)", "r210_09_shortcounty_02.txt",
		"首页 > 地方新闻\n浙江金东：凝聚合力书写高质量发展新答卷\n发布时间：2024-01-09 来源：浙江新闻\n金华市金东区已进入“两会”时间。1月8日，区十届人大四次会议开幕，区长作政府工作报告。\n报告提出，今年全区地区生产总值增长6%左右。\n",
		trapWant{title: "浙江金东：凝聚合力书写高质量发展新答卷", province: "浙江省", city: "金华市", district: "金东区", level: "county", docType: "其他", year: 2024, date: "2024-01-09"},
	},
	{
		"a province's notice issuing a region's plans (湖南省人民政府关于印发《长株潭都市圈…》的通知) is the province's (round 202, holdout1216/f05)", "r210_20_notice_issues_region_plan.txt",
		"索 引 号: 008282882/2022-00101 公文种类: 通知 发布机构: 湖南省人民政府\n成文日期: 2022-05-10 文 号: 湘政发〔2022〕8号 有 效 性: 有效\n湖南省人民政府\n关于印发《郴州国家可持续发展议程创新示范区“十四五”建设规划》等3个规划的通知\n湘政发〔2022〕8号\n各市州人民政府，省政府各厅委、各直属机构：\n现将《郴州国家可持续发展议程创新示范区“十四五”建设规划》等3个规划印发给你们，请认真贯彻执行。\n",
		trapWant{title: "湖南省人民政府关于印发《郴州国家可持续发展议程创新示范区“十四五”建设规划》等3个规划的通知", province: "湖南省", city: "", district: "", level: "province", docType: "其他", year: 2022, date: "2022-05-10"},
	},
	{
		"a site's note that the text is abridged ((本文本有删减)) is no part of the title (round 203, holdout1223/f05)", "r210_21_abridged_mark.txt",
		"索引号: | 001008010002008/2021-106150 | 文件编号: | |\n发布机构: | 区发改局 | 成文日期: | 2021-09-10 |\n公开方式: | 主动公开 | 公开范围: | 面向全社会 |\n路桥区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要(本文本有删减)\n第一章 开启全面建设社会主义现代化新征程\n第一节 发展基础\n“十三五”时期，全区上下坚持以习近平新时代中国特色社会主义思想为指导，地区生产总值突破700亿元。\n",
		trapWant{title: "路桥区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", province: "浙江省", city: "台州市", district: "路桥区", level: "county", docType: "五年规划纲要", year: 2021, date: "2021-09-10"},
	},
	{
		"a province's headline whose words hold a county's short name (青海平安建设…) over a lead naming 海东市平安区 in passing is the province's (a review finding on meta-267)", "r209_01_county_20_nm_qinghai_pingan.txt",
		"青海平安建设写入省政府工作报告\n\n2024-01-26 08:30 来源：青海日报\n\n  1月25日，青海省十四届人大二次会议在西宁开幕。省长吴晓军代表省人民政府作政府工作报告。报告提出，深入推进更高水平平安青海建设，海东市平安区等地探索形成的基层治理经验将在全省推广。\n  报告回顾了过去一年的工作，全省地区生产总值增长5.3%。\n",
		trapWant{title: "青海平安建设写入省政府工作报告", province: "青海省", city: "", district: "", level: "province", docType: "其他", year: 2024, date: "2024-01-26"},
	},
	{
		"广东新兴产业… is no headline of 新兴县's (a review finding on meta-267)", "r209_02_county_22_nm_guangdong_xinxing.txt",
		"广东新兴产业增加值增长8.5%\n\n2024-03-02 10:00 来源：南方日报\n\n  广东省统计局日前发布《2023年广东省国民经济和社会发展统计公报》。公报显示，全省战略性新兴产业增加值增长8.5%。云浮市新兴县等地不锈钢制品产业加快转型升级。\n  2023年，全省实现地区生产总值135673亿元，比上年增长4.8%。\n",
		trapWant{title: "广东新兴产业增加值增长8.5%", province: "广东省", city: "", district: "", level: "province", docType: "其他", year: 2024, date: "2024-03-02"},
	},
	{
		"a mid-term review's listing over the outline's name in its first sentence keeps its own name and type (a review finding on meta-267)", "r209_03_outline_20_nm_midterm.txt",
		"(山东省)威海市环翠区十四五规划中期评估报告(2023年更新)\n威海市环翠区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要，是环翠区开启全面建设社会主义现代化新征程的宏伟蓝图。规划实施以来，区委、区政府团结带领全区人民，推动规划确定的目标任务落地见效。现将中期评估情况报告如下。\n第一篇 开启全面建设社会主义现代化新征程\n第一章 发展基础\n“十三五”时期，面对错综复杂的国内外形势，全区上下坚持以习近平新时代中国特色社会主义思想为指导，地区生产总值突破700亿元。\n",
		trapWant{title: "威海市环翠区十四五规划中期评估报告", province: "山东省", city: "威海市", district: "环翠区", level: "county", docType: "其他", year: 2023, date: ""},
	},
	{
		"a scheme's listing over the outline's name keeps its own name and type (a review finding on meta-267)", "r209_04_outline_22_nm_scheme.txt",
		"(山东省)威海市环翠区十四五规划实施方案(2022年更新)\n为深入实施威海市环翠区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要，根据区委、区政府部署，制定本实施方案。\n第一篇 开启全面建设社会主义现代化新征程\n第一章 发展基础\n“十三五”时期，面对错综复杂的国内外形势，全区上下坚持以习近平新时代中国特色社会主义思想为指导，地区生产总值突破700亿元。\n",
		trapWant{title: "威海市环翠区十四五规划实施方案", province: "山东省", city: "威海市", district: "环翠区", level: "county", docType: "其他", year: 2022, date: ""},
	},
	{
		"an outline's full text under …规划纲要发布！ is the outline (a review finding on meta-267)", "r209_05_exclaim_38_full_outline.txt",
		"首页 > 政务公开 > 规划计划\n绍兴市“十四五”规划纲要发布！\n发布时间：2021-02-20 来源：绍兴市发展和改革委员会\n前言\n“十四五”时期是绍兴在高水平全面建成小康社会基础上，开启全面建设社会主义现代化新征程的第一个五年。本纲要根据《中共绍兴市委关于制定绍兴市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制，主要阐明市委、市政府战略意图，明确经济社会发展的主要目标、重点任务和重大举措。\n第一篇 开启高水平建设现代化新征程\n第一章 发展基础\n“十三五”时期，全市地区生产总值突破6000亿元。\n\n【打印本页】【关闭窗口】\n主办单位：绍兴市人民政府办公室\n",
		trapWant{title: "绍兴市“十四五”规划纲要发布！", province: "浙江省", city: "绍兴市", district: "", level: "city", docType: "五年规划纲要", year: 2021, date: "2021-02-20"},
	},
	{
		"an English story's page date (Updated: …) dates it, not the day its lead opens on (a review finding on meta-267)", "r209_06_enlead_12_footer_date.txt",
		"Zhuanghe Government Officials Were Briefed on the Implementation of the 2017 Budget\n\nIn the afternoon of December 29, 2017, a meeting was held in the conference room of Zhuanghe municipal government to review how the 2017 budget was carried out.\n\nThe meeting was attended by the city's leaders and heads of the finance, tax and development departments, who listened to the report of the finance bureau on revenue and spending in the first eleven months of the year.\n\nIn the first eleven months, Zhuanghe's general fiscal revenue was RMB 3.1 billion, up 5.2%, and its general fiscal expenditure RMB 5.6 billion, up 7.4%, the finance bureau reported at the meeting, adding that the city would keep spending on people's livelihood.\n\nUpdated: 2018-01-03\nCopyright © Zhuanghe Municipal Government. All rights reserved.\n",
		trapWant{title: "Zhuanghe Government Officials Were Briefed on the Implementation of the 2017 Budget", province: "辽宁省", city: "大连市", district: "庄河市", level: "county", docType: "其他", year: 2018, date: "2018-01-03"},
	},
	{
		"a township's plan that speaks as the township (全镇) and names it again and again, in the 十四五 period, is its county's (round 201, holdout1204/f04)", "r209_08_township_speaks.txt",
		"|\n“十四五”时期是凡河镇加快经济结构优化、加快推进新型工业化、农村城镇化、农业产业化、信息现代化进程,全面提升凡河镇综合经济实力和区域竞争力,全面提高农民收入和生活水平的关键时期。科学合理地制定全镇经济和社会发展“十四五”规划,对于建设经济更加繁荣、社会更加和谐、环境更加秀美的诚信富足幸福新凡河的奋斗目标具有十分重要的意义。\n一、“十四五”规划指导思想\n以习近平新时代中国特色社会主义思想为指导,加快推进新型工业化、农村城镇化、农业产业化、信息现代化进程,全面提升凡河镇综合经济实力和区域竞争力,把凡河镇建设成经济高速发展、社会繁荣昌盛、人民安居乐业、生态良性循环、充满生机与活力的区域中心城镇、产业带、经济圈。\n二、“十四五”发展目标\n2025年确保全镇生产总值实现9.3亿元,年均增长6.5%。其中,第一产业增加值实现2亿元,年均增长3.3%;第二产业增加值实现5.7亿元,年均增长10.9%;第三产业总产值实现1.6亿元,年均增长2.6%。公共财政预算收入实现8087万元,年均增长9.3%;农村常住居民人均可支配收入达到29969元,年均增长9%。\n三、重点任务\n(一)坚持对外开放,开创招商引资工作新局面\n坚持把招商引资放在经济工作的突出位置上,继续扩大招商引资成果,认真研究国家和省市的产业政策,扎实做好基础性工作。不断深化长三角、京津冀、东三省三个招商平台建设,在此基础上再新建立珠三角、武汉、重庆三个招商平台。进一步改进和创新招商方式,继续深入探索委托招商、代理招商、专业招商、以商招商等新型招商方式。改善和优化发展环境,打通信息渠道,通过平台、队伍、环境、信息等多方面建设来提升招商水平。在“十四五”期间,着重引进一批附",
		trapWant{title: "", province: "辽宁省", city: "铁岭市", district: "铁岭县", level: "county", docType: "五年规划纲要", year: 0, date: ""},
	},
	{
		"an event's theme under a story's headline, its date between, is no forum thread's title (a review finding on meta-266)", "r207_01_forum_neg2_nav_head_date_theme.txt",
		"首页 > 新闻中心 > 部门动态\n宜春市开展2024年全国防灾减灾日宣传活动\n发布时间：2024-05-13 来源：市应急管理局\n主题：人人讲安全、个个会应急——着力提升基层防灾避险能力\n5月12日，宜春市在中心城区开展全国防灾减灾日集中宣传活动，发放宣传资料2万余份，接受群众咨询1200余人次。\n",
		trapWant{title: "宜春市开展2024年全国防灾减灾日宣传活动", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-05-13"},
	},
	{
		"two accounts set apart by a space (铜鼓发布微信公众号 铜鼓融媒抖音号) are a site's list, no headline (a review finding on meta-266)", "r207_04_acct_neg2_datebottom_two.txt",
		"铜鼓县人民政府门户网站\n铜鼓发布微信公众号 铜鼓融媒抖音号\n首页 > 新闻中心 > 县内要闻\n铜鼓县召开2024年全县经济工作会议\n铜鼓县融媒体中心讯（记者 张三）1月7日，铜鼓县召开2024年全县经济工作会议，总结2023年经济工作，部署2024年重点任务。县委书记张明出席会议并讲话。\n会议要求，各级各部门要抓好经济工作各项任务落实。\n发布日期：2024-01-08  来源：县融媒体中心\n",
		trapWant{title: "铜鼓县召开2024年全县经济工作会议", province: "江西省", city: "宜春市", district: "铜鼓县", level: "county", docType: "其他", year: 2024, date: "2024-01-08"},
	},
	{
		"accounts between bars (官方微博丨微信公众号丨抖音号) are a site's list (a review finding on meta-266)", "r207_05_acct_neg_nospace_shu.txt",
		"铜鼓县人民政府\n官方微博丨微信公众号丨抖音号\n铜鼓县召开2024年全县经济工作会议\n铜鼓县融媒体中心讯 1月7日，铜鼓县召开2024年全县经济工作会议，总结2023年经济工作，部署2024年重点任务。县委书记张明出席会议并讲话。\n",
		trapWant{title: "铜鼓县召开2024年全县经济工作会议", province: "江西省", city: "宜春市", district: "铜鼓县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"accounts labelled by their kind (微信公众号：铜鼓发布 抖音号：铜鼓融媒) are a site's list (a review finding on meta-266)", "r207_06_acct_neg2_deck_label.txt",
		"微信公众号：铜鼓发布 抖音号：铜鼓融媒\n铜鼓县召开2024年全县经济工作会议\n张明出席并讲话 李华主持\n1月7日，铜鼓县召开2024年全县经济工作会议，总结2023年经济工作，部署2024年重点任务。\n",
		trapWant{title: "铜鼓县召开2024年全县经济工作会议", province: "江西省", city: "宜春市", district: "铜鼓县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"an invitation to follow and download (扫码关注微信公众号 下载铜鼓新闻客户端) is a site's list (a review finding on meta-266)", "r207_07_acct_neg_scan.txt",
		"铜鼓县人民政府\n扫码关注微信公众号 下载铜鼓新闻客户端\n铜鼓县召开2024年全县经济工作会议\n铜鼓县融媒体中心讯 1月7日，铜鼓县召开2024年全县经济工作会议，总结2023年经济工作，部署2024年重点任务。县委书记张明出席会议并讲话。\n",
		trapWant{title: "铜鼓县召开2024年全县经济工作会议", province: "江西省", city: "宜春市", district: "铜鼓县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline's phrase on films (推出更多国产精品力作) is no injected keyword (a review finding on meta-266)", "r207_08_spam_neg_guochan_sp.txt",
		"首页 > 新闻中心 > 本地要闻\n繁荣文艺创作 推出更多国产精品力作 讲好新时代株洲故事\n发布时间：2024-01-16  来源：市委宣传部\n1月15日，株洲市文艺工作座谈会召开。会议要求，全市文艺工作者要坚持以人民为中心的创作导向，推出更多国产精品力作。\n",
		trapWant{title: "繁荣文艺创作推出更多国产精品力作讲好新时代株洲故事", province: "湖南省", city: "株洲市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-16"},
	},
	{
		"台湾麻豆文旦 in a headline of three phrases is no injected keyword (a review finding on meta-266)", "r207_09_spam_neg_madou.txt",
		"首页 > 新闻中心 > 本地要闻\n海峡两岸农业合作结硕果 台湾麻豆文旦在漳州试种成功 两岸农民共享发展红利\n发布时间：2024-08-15  来源：漳州日报\n近日，从漳州台湾农民创业园传来消息，引进的台湾麻豆文旦在漳州试种成功。\n",
		trapWant{title: "海峡两岸农业合作结硕果台湾麻豆文旦在漳州试种成功两岸农民共享发展红利", province: "福建省", city: "漳州市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-08-15"},
	},
	{
		"a headline of three phrases two of which name Asia, Europe or quality (亚洲精品博览会 … 远销欧美日韩) is no spam (a review finding on meta-266)", "r207_10_spam_neg3_tea_three.txt",
		"首页 > 新闻中心 > 县域经济\n我县茶叶亮相亚洲精品博览会 现场签约1.2亿元 产品远销欧美日韩\n发布时间：2024-09-22 来源：县农业农村局\n9月20日，铜鼓县12家茶企亮相2024亚洲精品博览会，现场签约金额1.2亿元。目前，全县茶叶产品已远销欧美日韩等国家和地区。\n主办：铜鼓县人民政府办公室\n",
		trapWant{title: "我县茶叶亮相亚洲精品博览会现场签约1.2亿元产品远销欧美日韩", province: "江西省", city: "宜春市", district: "铜鼓县", level: "county", docType: "其他", year: 2024, date: "2024-09-22"},
	},
	{
		"三级片长 (a tier of area chiefs) in a headline set off by 、 is no spam word (a review finding on meta-266)", "r207_11_spam_neg_sanjipianzhang_dun.txt",
		"首页 > 新闻中心 > 本地要闻\n上栗县建立县、镇、村三级片长责任体系\n发布时间：2024-04-11  来源：县委政法委\n今年以来，上栗县建立县、镇、村三级片长责任体系，将全县划分为386个网格。\n",
		trapWant{title: "上栗县建立县、镇、村三级片长责任体系", province: "江西省", city: "萍乡市", district: "上栗县", level: "county", docType: "其他", year: 2024, date: "2024-04-11"},
	},
	{
		"injected phrases set off by 丨 are spam (a review finding on meta-266)", "r207_12_spam_pos2_nodate_shu.txt",
		"久久精品视频丨日韩欧美亚洲在线观看丨午夜福利免费观看\n铜鼓县召开2024年全县经济工作会议\n铜鼓县融媒体中心讯 1月7日，铜鼓县召开2024年全县经济工作会议，总结2023年经济工作，部署2024年重点任务。县委书记张明出席会议并讲话。\n",
		trapWant{title: "铜鼓县召开2024年全县经济工作会议", province: "江西省", city: "宜春市", district: "铜鼓县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline the site marks （资料图） over its date line is the headline, without the mark (a review finding on meta-266)", "r207_13_photo_neg_headline_marked_date.txt",
		"首页 > 新闻 > 本地\n一季度宜春GDP增长5.6%（资料图）\n2024-04-18 15:02 来源：宜春日报\n4月18日，宜春市统计局发布数据显示，一季度全市地区生产总值增长5.6%，规模以上工业增加值增长6.8%。\n",
		trapWant{title: "一季度宜春GDP增长5.6%", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-04-18"},
	},
	{
		"宜春市和县政协联合调研组 is 宜春市 and its counties' CPPCC, not 和县's (a review finding on meta-266)", "r207_14_hexian_neg3_yichun_shi_he.txt",
		"首页 > 新闻中心 > 政协动态\n宜春市和县政协联合调研组深入企业开展民营经济调研\n发布时间：2024-05-12  来源：宜春市政协\n5月11日，宜春市政协和铜鼓县政协组成联合调研组，深入铜鼓县企业开展民营经济发展专题调研。\n",
		trapWant{title: "宜春市和县政协联合调研组深入企业开展民营经济调研", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-05-12"},
	},
	{
		"马鞍山和县政协 is 和县's (a review finding on meta-266)", "r207_15_hexian_pos3_maanshan_noshi.txt",
		"首页 > 新闻中心 > 政协动态\n马鞍山和县政协召开十届四次常委会议\n发布时间：2024-05-12  来源：马鞍山日报\n5月11日，和县政协召开十届四次常委会议，协商讨论全县文旅融合发展工作。\n",
		trapWant{title: "马鞍山和县政协召开十届四次常委会议", province: "安徽省", city: "马鞍山市", district: "和县", level: "county", docType: "其他", year: 2024, date: "2024-05-12"},
	},
	{
		"3分钟了解宜春市“十四五”规划纲要 is an explainer of 宜春市's outline (a review finding on meta-266)", "r207_16_pagenum_pos2_3min_liaojie.txt",
		"3分钟了解宜春市“十四五”规划纲要\n来源：宜春日报 2021-03-02 09:12\n近日，《宜春市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》正式印发。3分钟带你了解纲要要点。\n",
		trapWant{title: "3分钟了解宜春市“十四五”规划纲要", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2021, date: "2021-03-02"},
	},
	{
		"一图读懂宜春市“十四五”规划纲要 gives 宜春市 (a review finding on meta-266)", "r207_17_explainer_yitu.txt",
		"一图读懂宜春市“十四五”规划纲要\n来源：宜春日报 2021-03-02 09:12\n近日，《宜春市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》正式印发。3分钟带你了解纲要要点。\n",
		trapWant{title: "一图读懂宜春市“十四五”规划纲要", province: "江西省", city: "宜春市", district: "", level: "city", docType: "其他", year: 2021, date: "2021-03-02"},
	},
	{
		"a session's headline whole (省十四届人大二次会议闭幕) over its deck (…主持会议并讲话 / 会议通过了…的决议) is the title alone (round 200, holdout1200/f01)", "r208_01_session_headline_over_deck.txt",
		"首页\n第01版:要闻\n\n省十四届人大二次会议闭幕\n\n王某某主持会议并讲话\n会议通过了关于辽宁省人民政府工作报告的决议等五项决议\n\n1月25日，在圆满完成各项议程后，省十四届人大二次会议在辽宁友谊宾馆胜利闭幕。\n\n本报1月25日讯(记者 张某)辽宁省第十四届人民代表大会第二次会议历时4天，在全体代表的共同努力下完成了各项议程。\n",
		trapWant{title: "省十四届人大二次会议闭幕", province: "辽宁省", city: "", district: "", level: "province", docType: "其他", year: 0, date: ""},
	},
	{
		"a document site's count after a dash (…政府工作报告-8篇) is no part of the title (round 200, holdout1202/f01)", "r208_02_collection_count_dash.txt",
		"镇2022年政府工作报告-8篇(第3/16页)\n一年来，我们坚持稳增长、调结构，全镇经济社会保持平稳健康发展。\n坚持项目带动。全年实施重点项目12个，完成投资3.2亿元。\n",
		trapWant{title: "镇2022年政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a review of a province's year (2019年江西省经济社会发展情况和亮点) is the title (round 200, holdout1201/f05)", "r208_03_development_highlights.txt",
		"2019年江西省经济社会发展情况和亮点\n\n\n【记者 李某/专题报道】2019年，全省各级各部门坚持以习近平新时代中国特色社会主义思想为指导，坚持稳中求进工作总基调，全省经济运行总体平稳、稳中有进。\n",
		trapWant{title: "2019年江西省经济社会发展情况和亮点", province: "江西省", city: "", district: "", level: "province", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline over a lead that retells its source (据上海市政府网站消息,…) is the title (round 200, holdout1205/f01)", "r208_04_lead_retelling_source.txt",
		"《上海市2023年国民经济和社会发展统计公报》发布 全市人均生产总值达19万元\n\n据上海市政府网站消息,3月22日,市统计局、国家统计局上海调查总队发布《上海市2023年国民经济和社会发展统计公报》。公报显示，2023年全市生产总值47218.66亿元，比上年增长5.0%。\n",
		trapWant{title: "《上海市2023年国民经济和社会发展统计公报》发布全市人均生产总值达19万元", province: "上海市", city: "", district: "", level: "province", docType: "其他", year: 0, date: ""},
	},
	{
		"a session's headline (…人大三次会议上午开幕,…作《政府工作报告》) over a subtitle and the lead is the title (round 201, holdout1208/f04)", "r208_05_session_morning_over_subtitle.txt",
		"深圳市七届人大三次会议上午开幕,覃伟中作《政府工作报告》\n今年GDP预期增长6%左右\n深圳特区报讯 记者王某报道:今天上午,深圳市第七届人民代表大会第三次会议在市民中心开幕,市长覃伟中作《政府工作报告》。\n报告首先回顾了2023年工作。\n",
		trapWant{title: "深圳市七届人大三次会议上午开幕,覃伟中作《政府工作报告》", province: "广东省", city: "深圳市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"an editor's name (编辑: 吴凌云) names no county (凌云县): the site's county is the story's (round 201, holdout1207/f02)", "r208_06_editor_name_place.txt",
		"您当前的位置 : 中国松阳网 > 新闻中心 > 综合新闻   正文\n【两会日记】代表建议更接地气\n\n2013年03月02日 09:49   来源: 中国松阳网   作者: 政协委员 王某某   放大 正常 缩小 打印\n\n    2月28日 星期二 阴转多云\n\n    据说华西村党支部书记吴仁宝,每年收到中央一号文件后必闭门三天,埋头苦读,三天后华西村便有了富裕走向富裕的法宝。\n\n    政府工作报告,是指导全县国民经济、社会发展的头号文件,理应熟读、领会。报告以宏伟壮观示人,文开三篇,回眸五年成绩斐然,展望未来五年任重道远,立足首届当年大事实事只争朝夕。细细读去,“务实”二字跃然纸面。\n\n    以往报告以宏观为主,呐喊为辅。今年报告更注重实效,给我印象最深刻的是,事关全县长远发展人民群众利益十方面重点工作的表述。报告把每一方面的工作分解为若干项,每项都有具体名称和数字,这样的表述方式把模糊的工作内容量化了,各部门、乡镇该干什么、怎么干、什么时候完成一目了然,看谁还敢推诿、怠工。为便于人民代表、政协委员和社会各界监督,还从中筛选“十件大事、十件实事”,近乎以图表方式呈现。从整个报告看来,今年注定是一个埋头苦干、奋力拼搏年,高速时代、高铁时代果然不期而至。\n\n(编辑: 吴凌云 ) \n网站简介 | 版权声明 | 刊登广告 | 联系我们\n松阳县融媒体中心主办 © 松阳网版权所有 保留所有权利 浙江在线加盟单位\n互联网新闻信息服务许可证:33120200042  ICP备案号:浙ICP备20028743号-1",
		trapWant{title: "【两会日记】代表建议更接地气", province: "浙江省", city: "丽水市", district: "松阳县", level: "county", docType: "其他", year: 2013, date: "2013-03-02"},
	},
	{
		"今年 opening a headline is no label (round 201, holdout1207/f02)", "r208_07_this_year_headline.txt",
		"首页 > 新闻中心 > 时政要闻\n今年政府工作报告更重民生\n2024-01-12 09:30 来源：本网\n1月11日，县第十八届人民代表大会第四次会议开幕，县长向大会作政府工作报告。\n",
		trapWant{title: "今年政府工作报告更重民生", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-01-12"},
	},
	{
		"从 opening a headline is no label (round 201, holdout1208/f07)", "r208_08_preposition_headline.txt",
		"从政府工作报告看高质量发展新路径\n摘要：“大力倡导‘店小二’精神，树立‘天天都是服务日’意识，坚持政府千方百计搞服务、企业千方百计闯市场。”这是今年政府工作报告中的一段话。\n",
		trapWant{title: "从政府工作报告看高质量发展新路径", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"展望\"十四五\"| … is a column's name before its headline: both are the title (round 201, holdout1210/f02)", "r208_09_outlook_column_bar.txt",
		"展望\"十四五\"| 打造宜居宜业幸福龙川\n本报讯 记者 王某 前日，龙川县“两会”圆满完成各项议程，胜利闭幕。大会审议并通过了《龙川县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》。\n",
		trapWant{title: "展望\"十四五\"| 打造宜居宜业幸福龙川", province: "广东省", city: "河源市", district: "龙川县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"someone's notes on a work report (…政府工作报告(笔记)) are no report (round 201, holdout1211/f05)", "r208_10_report_notes.txt",
		"2024年浙江省政府工作报告(笔记)\n• 一、2023年工作回顾\n• 全省生产总值增长6%，经济总量迈上新台阶。\n• 二、2024年主要目标\n",
		trapWant{title: "2024年浙江省政府工作报告(笔记)", province: "浙江省", city: "", district: "", level: "province", docType: "其他", year: 0, date: ""},
	},
	{
		"an information table's 责任部门 | 金凤区财政局 cell names the publisher (round 201, holdout1206/f02)", "r208_11_responsible_dept_cell.txt",
		"索 引 号 | 11640104010093722J/2025-00002 | 文号 | |\n---|---|---|---|\n发布日期 | 2025-01-15 | 公开时限 | 长期公开 |\n所属分类 | 政府预算 | 效力状态 | 有效 |\n责任部门 | 金凤区财政局 | 公开方式 | 主动公开 |\n一、2024年预算执行情况及工作完成情况\n2024年,在区委的坚强领导下,在人大及其常委会法律监督、工作监督和政协民主监督下,我们坚持以习近平新时代中国特色社会主义思想为指导,深入学习二十大和二十届二中、三中全会精神和习近平总书记考察宁夏重要讲话指示批示精神,全面贯彻落实区、市及金凤区委各项决策部署,坚持积极的财政政策,调整优化财政支出结构,切实保障和改善民生,足额保障“三保”等刚性支出,扎实有力推进“六稳”“六保”工作任务。\n预算执行情况\n1.一般公共预算执行情况\n(1)本级一般公共预算收入情况。本级一般公共预算收入完成56,794万元,同比增长7.29%。其中:税收收入完成38,563万元,占一般公共预算收入67.9%,同比下降6.18%。非税收入完成18,231万元,占一般公共预算收入32.1%,同比增长54.08%。\n(2)上级转移支付收入情况。上级转移支付收入139,512万元,其中:返还性收入3,666万元,一般性转移支付收入111,134万元,专项转移支付收入24,712万元。\n(3)地方政府债券收入情况。地方政府债务转贷收入22,500万元,其中:新增一般债券收入15,500万元,再融资一般债券收入7,000万元。\n(4)一般公共预算支出情况。公共财政预算总支出完成286,981万元,其中:一般公共预算支出273,899万元,地方政府一般债券还本支出11,394万元,上解支出1,688万元。\n(5)一般公共预算平衡情况。公共财政预算总收入完320,234万元,其中:本级一般公共预算收入56,794万元,上级转移支付收入139,512万元,新增地方政府一般债务转贷收入22,500万元,调入资金368万",
		trapWant{title: "", province: "宁夏回族自治区", city: "银川市", district: "金凤区", level: "county", docType: "预算报告", year: 2025, date: "2025-01-15"},
	},
	{
		"a headline on what deputies do with a report (代表委员聚焦2024年政府工作报告) is a story (round 199 probe)", "r206_01_subject_focus_story.txt",
		"代表委员聚焦2024年政府工作报告\n2024-03-06 来源：人民网\n代表委员们认为，今年的政府工作报告实事求是、催人奋进。\n全国人大代表李某某说，报告提出的目标任务让人振奋。\n",
		trapWant{title: "代表委员聚焦2024年政府工作报告", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-03-06"},
	},
	{
		"a committee's 关于… title broken before 草案的审查结果报告 is joined whole (round 199, holdout1194/f04)", "r206_02_organ_about_broken.txt",
		"报告决议\n南宁市第十五届人民代表大会第三次会议财政经济委员会关于南宁市2023年预算执行情况和2024年预算\n草案的审查结果报告\n日期:2024-01-20 来源:南宁市人大常委会\n(2024年1月18日南宁市第十五届人民代表大会第三次会议主席团第三次会议通过)\n南宁市第十五届人民代表大会第三次会议审查了市人民政府提出的《关于南宁市2023年预算执行情况和2024年预算草案的报告》。现将审查结果报告如下。\n一、2023年预算执行情况总体良好\n",
		trapWant{title: "南宁市第十五届人民代表大会第三次会议财政经济委员会关于南宁市2023年预算执行情况和2024年预算草案的审查结果报告", province: "广西壮族自治区", city: "南宁市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-18"},
	},
	{
		"…规划纲要发布！ is a story of the outline's publication (round 199, holdout1196/f06)", "r206_03_outline_published_exclaim.txt",
		"荣成市“十四五”规划纲要发布！\n来源：荣成融媒 日期：2021-08-20\n《规划纲要》确定了荣成市“十四五”时期的发展目标，到2025年地区生产总值较2020年翻一番。\n",
		trapWant{title: "荣成市“十四五”规划纲要发布！", province: "山东省", city: "威海市", district: "荣成市", level: "county", docType: "其他", year: 2021, date: "2021-08-20"},
	},
	{
		"an outline's preamble opening on its full name under a document site's listing gives the title (round 199, holdout1196/f07)", "r206_04_outline_preamble_under_listing.txt",
		"(江苏省)常州市武进区国民经济和社会发展十四五规划(2022年更新)\n常州市武进区国民经济和社会发展第十四个五年( 2021 -2025 年)规划和 2035 年远景目标纲要,以习近平新时代中国特色社会主义思想为指导,根据《中共常州市武进区委关于制定武进区国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制,主要阐明区委、区政府战略意图。\n第一章 开启现代化建设新征程\n第一节 发展基础\n",
		trapWant{title: "常州市武进区国民经济和社会发展第十四个五年(2021 -2025年)规划和2035年远景目标纲要", province: "江苏省", city: "常州市", district: "武进区", level: "county", docType: "五年规划纲要", year: 2022, date: ""},
	},
	{
		"a translation's meeting line broken in two (——January 14, 2023 in Guangxi… / At the First Session…) gives the day and the region (round 199, holdout1198/f03)", "r206_05_english_split_meeting_line.txt",
		"Government Work Report\n——January 14, 2023 in Guangxi Zhuang Autonomous Region\nAt the First Session of the 14th People's Congress\nLan Tianli, chairman of the autonomous region\n\nDelegates,\nNow, on behalf of the people's government of the autonomous region, I would like to report to the congress on the work of the government for your deliberation and approval, and I also invite the members of the regional committee of the CPPCC to offer their comments.\nI. Review of the work of the past five years\nThe past five years have been extraordinary in the development of Guangxi. Under the strong leadership of the CPC Central Committee, the people of all ethnic groups in the region worked hard and achieved remarkable results in economic and social development, with the regional GDP rising steadily year after year.\n",
		trapWant{title: "Government Work Report", province: "广西壮族自治区", city: "", district: "", level: "province", docType: "政府工作报告", year: 2023, date: "2023-01-14"},
	},
	{
		"an English story's headline over a lead opening on its day is the title, and the day its date (round 199, holdout1195/f06)", "r206_06_english_story_dated_lead.txt",
		"Wafangdian Government Officials Reviewed the Progress of the 2018 Budget Plan\n\nIn the morning of November 20, 2018, a meeting was held in the conference room of Wafangdian municipal government to review how the 2018 budget plan was carried out.\n\nThe meeting was attended by the city's leaders and heads of the finance, tax and development departments, who listened to the report of the finance bureau on revenue and spending in the first ten months of the year.\n\nIn the first ten months, Wafangdian's general fiscal revenue was RMB 2.5 billion, up 6.1%, and its general fiscal expenditure RMB 4.2 billion, up 8.3%, the finance bureau reported at the meeting, adding that the city would keep spending on people's livelihood.\n",
		trapWant{title: "Wafangdian Government Officials Reviewed the Progress of the 2018 Budget Plan", province: "辽宁省", city: "大连市", district: "瓦房店市", level: "county", docType: "其他", year: 2018, date: "2018-11-20"},
	},
	{
		"a headline's 浙江上虞 over a lead naming 浙江省绍兴市上虞区 is the county's (round 199, holdout1197/f07)", "r206_07_province_county_short_headline.txt",
		"聚焦关键年干好决胜年 浙江上虞凝聚合力书写新答卷\n\n22.04.2020  09:03\n\n  中新网浙江新闻4月20日电(记者 王明)同心追梦小康路,群策群力绘新图。时下,浙江省绍兴市上虞区已进入“两会”时间。回顾该区过去一年交出的答卷,颇为亮眼:2019年上虞区全年实现地区生产总值1300亿元,同比增长6.1%;城乡居民人均可支配收入分别增长8.6%和9.4%,在高质量发展答卷上写下了浓墨重彩的一笔。\n\n  在上虞区四届人大四次会议开幕式上,上虞区代区长高峰向大会作《政府工作报告》。他首先报告了新冠肺炎疫情防控情况。他说,今年,面对新冠肺炎疫情的严峻形势,上虞区上下坚决打好疫情防控人民战争、总体战、阻击战,建立规格最高的指挥体系,实施最严格的管控举措,众志成城、共克时艰,在抗击疫情和复工复产中凝聚起上虞合力,推动疫情防控和经济社会发展取得阶段性胜利。\n",
		trapWant{title: "聚焦关键年干好决胜年浙江上虞凝聚合力书写新答卷", province: "浙江省", city: "绍兴市", district: "上虞区", level: "county", docType: "其他", year: 2020, date: "2020-04-22"},
	},
	{
		"a kicker, a dash and an explainer of a plan (蓉城擘画新蓝图——成都《十四五规划》关键词解读) is the headline (round 199, holdout1199/f03)", "r206_08_kicker_dash_explainer.txt",
		"当前位置:\n\n蓉城擘画新蓝图——成都《十四五规划》关键词解读\n\n作为国家中心城市，成都正处于大有作为的发展战略期。\n\n《成都市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》为未来五年的发展描绘了蓝图。\n",
		trapWant{title: "蓉城擘画新蓝图——成都《十四五规划》关键词解读", province: "四川省", city: "成都市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"浙南产业集聚区 is 温州经济技术开发区 (round 199, holdout1199/f04)", "r206_09_zone_source_line.txt",
		"您现在的位置:首页\n > 政务公开  > 财政信息(已归档)  > 政府预决算【归档】\n关于浙南产业集聚区(经开区、瓯飞)2022年上半年区级预算执行情况的报告\n时间:2022-08-30 10:04:15 来源:经开区财政局 访问次数:\n一、2022年上半年区级预算执行情况\n2022年上半年，我区财政在管委会及市财政的坚强领导下，扎实做好“六稳”工作。现将半年度预算执行情况报告如下：\n",
		trapWant{title: "关于浙南产业集聚区(经开区、瓯飞)2022年上半年区级预算执行情况的报告", province: "浙江省", city: "温州市", district: "温州经济技术开发区", level: "county", docType: "预算报告", year: 2022, date: "2022-08-30"},
	},
	{
		"a development and reform commission's review of a year (惠州市2010年经济社会发展情况与2011年展望) is the title (round 199, holdout1195/f05)", "r206_10_drc_year_review.txt",
		"惠州市2010年经济社会发展情况与2011年展望\n一、2010年国民经济与社会发展情况\n2010年，在市委市政府的正确领导下，惠州市经济平稳较快增长，全年实现本地生产总值1729.95亿元，比上年增长18.0%。\n(一)产业发展保持平稳\n全年实现农业总产值150.2亿元，增长4.1%。\n",
		trapWant{title: "惠州市2010年经济社会发展情况与2011年展望", province: "广东省", city: "惠州市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"injected phrases set off by commas (久久精品视频，日韩欧美亚洲在线观看，…) are no title: the story's headline under them is (a review finding on meta-264)", "r205_Ha06_spam_commas_miss.txt",
		"久久精品视频，日韩欧美亚洲在线观看，午夜福利免费观看\n我县召开2024年全县经济工作会议\n发布时间：2024-01-08 来源：县委办\n1月7日，我县召开2024年全县经济工作会议，总结2023年经济工作，部署2024年重点任务。\n",
		trapWant{title: "我县召开2024年全县经济工作会议", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-01-08"},
	},
	{
		"so are phrases set off by spaces (a review finding on meta-264)", "r205_Ha08_spam_spaces_miss.txt",
		"久久精品视频 日韩欧美亚洲在线观看 午夜福利免费观看\n我县召开2024年全县经济工作会议\n发布时间：2024-01-08 来源：县委办\n1月7日，我县召开2024年全县经济工作会议，总结2023年经济工作，部署2024年重点任务。\n",
		trapWant{title: "我县召开2024年全县经济工作会议", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-01-08"},
	},
	{
		"a headline over a site's mark and a full day (长三角城市网讯 2018年3月28日，…) is the title (a review finding on meta-264)", "r205_Hb05_lead_mark_fullyear_miss.txt",
		"南京\n\n首页>地方频道>南京>民生\n\n去年南京地区生产总值超1.17万亿 同比增8.1%\n\n长三角城市网讯 2018年3月28日，南京市统计局发布《南京市2017年国民经济和社会发展统计公报》。统计数据显示，2017年南京实现地区生产总值11715.10亿元，比上年增长8.1%。\n",
		trapWant{title: "去年南京地区生产总值超1.17万亿同比增8.1%", province: "江苏省", city: "南京市", district: "", level: "city", docType: "其他", year: 2018, date: "2018-03-28"},
	},
	{
		"so is one over the mark, a colon and the day (…网讯：3月28日，…) (a review finding on meta-264)", "r205_Hb06_lead_mark_colon_miss.txt",
		"南京\n\n首页>地方频道>南京>民生\n\n去年南京地区生产总值超1.17万亿 同比增8.1%\n\n长三角城市网讯：3月28日，南京市统计局发布《南京市2017年国民经济和社会发展统计公报》。统计数据显示，2017年南京实现地区生产总值11715.10亿元，比上年增长8.1%。\n",
		trapWant{title: "去年南京地区生产总值超1.17万亿同比增8.1%", province: "江苏省", city: "南京市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"…审议意见整改工作情况的报告 is no budget report (a review finding on meta-264)", "r205_Hd04_zhenggai_gongzuo_miss.txt",
		"关于区人大常委会对2023年预算执行情况审议意见整改工作情况的报告\n——2024年8月28日在区第十七届人民代表大会常务委员会第二十次会议上\n区财政局局长 李明\n主任、各位副主任、各位委员：\n",
		trapWant{title: "关于区人大常委会对2023年预算执行情况审议意见整改工作情况的报告", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-08-28"},
	},
	{
		"安徽和县政协… is 和县's own CPPCC after its province's short name (a review finding on meta-264)", "r205_He02_anhui_hexian_zhengxie.txt",
		"安徽和县政协开展“委员进万家”活动\n发布时间：2024-05-12 来源：安徽日报\n5月11日，安徽和县政协组织委员深入乡镇开展“委员进万家”活动，收集社情民意120余条。\n",
		trapWant{title: "安徽和县政协开展“委员进万家”活动", province: "安徽省", city: "马鞍山市", district: "和县", level: "county", docType: "其他", year: 2024, date: "2024-05-12"},
	},
	{
		"a site's page title over a story on 社会福利 and 成人教育 (…_新闻视频_湖南在线) is no injected spam: its headline is the title (a review finding on meta-264)", "r204_Ha01_site_title_fuli_chengren.txt",
		"省民政厅：提高社会福利和成人教育补助标准_新闻视频_湖南在线\n2024-03-12 09:30 来源：湖南日报\n3月11日，省民政厅印发通知，自2024年4月起提高全省社会福利机构和成人教育学员补助标准，惠及困难群众约12万人。\n",
		trapWant{title: "省民政厅：提高社会福利和成人教育补助标准", province: "湖南省", city: "", district: "", level: "province", docType: "其他", year: 2024, date: "2024-03-12"},
	},
	{
		"nor one on a 福利院's 午夜守护 service (a review finding on meta-264)", "r204_Ha10_site_title_fuli_yiyuan.txt",
		"市社会福利院开展“午夜守护”志愿服务_新闻视频_福利院动态_XX民政网\n2024-02-03 来源：市民政局\n2月2日晚，市社会福利院组织志愿者开展“午夜守护”志愿服务活动，为院内老人送去关爱。\n",
		trapWant{title: "市社会福利院开展“午夜守护”志愿服务", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-02-03"},
	},
	{
		"a headline on a county's 微信公众号 and 抖音号 is no list of a site's accounts (a review finding on meta-264)", "r204_Hb01_headline_two_accounts.txt",
		"我县融媒体中心微信公众号、抖音号粉丝双双突破10万\n发布时间：2024-03-12 来源：县融媒体中心\n3月11日，记者从县融媒体中心获悉，“XX发布”微信公众号和抖音号粉丝量双双突破10万，位居全市县级融媒体前列。\n",
		trapWant{title: "我县融媒体中心微信公众号、抖音号粉丝双双突破10万", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-03-12"},
	},
	{
		"nor a notice opening its 微博 and 微信公众号 (a review finding on meta-264)", "r204_Hb03_notice_weibo_gzh.txt",
		"关于开通县人民政府官方微博和微信公众号的公告\n发布时间：2024-03-01 来源：县政府办\n为进一步推进政务公开，经研究，县人民政府官方微博和微信公众号于2024年3月1日正式开通。\n",
		trapWant{title: "关于开通县人民政府官方微博和微信公众号的公告", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-03-01"},
	},
	{
		"a photo's caption marked （资料图） over a site's mark and the day is no headline (a review finding on meta-264)", "r204_Hb08_lead_mark_caption_above.txt",
		"南京\n\n首页>地方频道>南京>民生\n\n南京新街口商圈夜景（资料图）\n\n长三角城市网讯 3月28日，南京市统计局发布《南京市2017年国民经济和社会发展统计公报》。统计数据显示，2017年南京实现地区生产总值11715.10亿元，比上年增长8.1%。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a forum thread's 主题: under the board's name (大河论坛-…) titles the page (a review finding on meta-264)", "r204_Hb09_forum_board_above.txt",
		"大河论坛-河南人自己的网上家园\n查看: 2356 | 回复: 12\n主题:河南首次公晒“三公”经费 全省要过“紧日子”\n发表于2013-08-03\n上半年进账多少？花了多少？8月2日，河南省财政厅首次公开了全省“三公”经费预算情况，全省要过紧日子。\n",
		trapWant{title: "河南首次公晒“三公”经费全省要过“紧日子”", province: "河南省", city: "", district: "", level: "province", docType: "其他", year: 2013, date: "2013-08-03"},
	},
	{
		"3分钟看懂… keeps its 3: a count of minutes, no page number (a review finding on meta-264)", "r204_Hc09_three_min_kandong.txt",
		"3分钟看懂2024年市政府工作报告\n来源：株洲日报 2024-01-22 09:12\n1月20日，株洲市第十六届人民代表大会第四次会议开幕，市长作政府工作报告。3分钟带你看懂报告要点。\n",
		trapWant{title: "3分钟看懂2024年市政府工作报告", province: "湖南省", city: "株洲市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-22"},
	},
	{
		"马鞍山市和县政协… is 和县's own CPPCC after its city's name (a review finding on meta-264)", "r204_He01_shi_hexian_zhengxie.txt",
		"马鞍山市和县政协召开十届三次常委会议\n发布时间：2024-03-12 来源：马鞍山日报\n3月11日，马鞍山市和县政协召开十届三次常委会议，协商讨论2024年县政府工作报告。\n",
		trapWant{title: "马鞍山市和县政协召开十届三次常委会议", province: "安徽省", city: "马鞍山市", district: "和县", level: "county", docType: "其他", year: 2024, date: "2024-03-12"},
	},
	{
		"a city's headline on residents' 自拍短视频 is no injected spam: it stays the title (a review finding on meta-262)", "r203_Ga01_selfie_video_gov.txt",
		"市民自拍短视频为家乡代言 我市“云游家乡”活动圆满落幕\n发布时间：2024-05-20 来源：市委宣传部\n5月18日，由市委宣传部主办的“云游家乡”短视频征集活动圆满落幕。活动共收到市民投稿作品1200余件，经专家评审，评选出一等奖5名。\n",
		trapWant{title: "市民自拍短视频为家乡代言我市“云游家乡”活动圆满落幕", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-05-20"},
	},
	{
		"nor is a police story on a 偷拍案 with its 视频 (a review finding on meta-262)", "r203_Ga02_toupai_police.txt",
		"市公安局破获一起酒店偷拍案 警方发布防范视频提醒市民\n发布时间：2024-06-12 来源：市公安局\n近日，市公安局网安支队成功破获一起利用针孔摄像头在酒店偷拍的案件，抓获犯罪嫌疑人3名，收缴偷拍设备20余套。\n",
		trapWant{title: "市公安局破获一起酒店偷拍案警方发布防范视频提醒市民", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-06-12"},
	},
	{
		"nor 高辣精品辣椒 (a review finding on meta-262)", "r203_Ga04_gaola_jingpin.txt",
		"我县高辣精品辣椒种植基地喜获丰收\n发布时间：2024-08-15 来源：县农业农村局\n时下正值辣椒采收季节，在县现代农业产业园的高辣精品辣椒种植基地里，村民们正忙着采摘辣椒，田间地头一片繁忙景象。\n",
		trapWant{title: "我县高辣精品辣椒种植基地喜获丰收", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-08-15"},
	},
	{
		"nor an economic zone's 一区二区 with 精品园区 (a review finding on meta-262)", "r203_Ga05_yiquerqu_jingpin.txt",
		"县经开区一区二区基础设施建设全面完工 打造精品园区\n发布时间：2024-09-03 来源：县经开区管委会\n近日，县经济开发区一区二区道路、管网、照明等基础设施建设全面完工，为园区企业入驻提供了坚实保障。\n",
		trapWant{title: "县经开区一区二区基础设施建设全面完工打造精品园区", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-09-03"},
	},
	{
		"a page title of injected phrases set off by underscores (久久精品视频_日韩欧美亚洲在线观看_午夜福利免费观看) is no title, even without a lewd word: the story's headline is (a review finding on meta-262)", "r203_Ga12_spam_nolewd_over_story.txt",
		"久久精品视频_日韩欧美亚洲在线观看_午夜福利免费观看\n我县召开2024年全县经济工作会议\n发布时间：2024-01-08 来源：县委办\n1月7日，我县召开2024年全县经济工作会议，总结2023年经济工作，部署2024年重点任务。\n",
		trapWant{title: "我县召开2024年全县经济工作会议", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-01-08"},
	},
	{
		"so with 亚洲精品午夜福利_欧美日韩在线观看_… (a review finding on meta-262)", "r203_Ga13_spam_nolewd_over_story2.txt",
		"亚洲精品午夜福利_欧美日韩在线观看_久久久久久免费视频\n全县2024年经济工作会议召开\n1月7日，我县召开2024年全县经济工作会议，总结2023年经济工作，部署2024年重点任务。县委书记王明出席会议并讲话。\n",
		trapWant{title: "全县2024年经济工作会议召开", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a farm's poster line with no space between its day and clock (2023年1月28日17:34) does not date the report (a review finding on meta-262)", "r203_Gb08_farm_nospace_stamp.txt",
		"2023年某县政府工作报告全文\nTUhjnbcbe - 2023年1月28日17:34\n各位代表：现在，我代表县人民政府，向大会报告政府工作，请予审议，并请县政协委员提出意见。\n",
		trapWant{title: "2023年某县政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a lead opening on the day 县人民政府召开第十八届第25次常务会议 dates the story (a review finding on meta-262)", "r203_Gc03_di_term_before.txt",
		"县政府召开常务会议\n2024年3月26日，县人民政府召开第十八届第25次常务会议，研究部署近期重点工作。\n县长王明主持会议。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-03-26"},
	},
	{
		"提请县第十八届人民代表大会第三次会议审议的2024年政府工作报告 over 各位代表 is the report itself, no story about a meeting (a review finding on meta-262)", "r203_Gd01_tiqing_shenyi.txt",
		"提请县第十八届人民代表大会第三次会议审议的2024年政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告政府工作，请予审议，并请县政协委员提出意见。\n一、2023年工作回顾\n",
		trapWant{title: "提请县第十八届人民代表大会第三次会议审议的2024年政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"县委常委会（扩大）会议研究部署落实2024年政府工作报告 is a story about a meeting (a review finding on meta-262)", "r203_Gd03_kuoda_miss.txt",
		"县委常委会（扩大）会议研究部署落实2024年政府工作报告\n发布时间：2024-02-20 来源：县委办\n2月19日，县委常委会召开（扩大）会议，研究部署落实2024年政府工作报告重点任务。\n",
		trapWant{title: "县委常委会（扩大）会议研究部署落实2024年政府工作报告", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-02-20"},
	},
	{
		"a report on how the standing committee's 审议意见 were acted on (…整改情况的报告) is no budget report (a review finding on meta-262)", "r203_Gd05_zhenggai_budget.txt",
		"关于区人大常委会对2023年预算执行情况审议意见整改情况的报告\n——2024年8月28日在区第十七届人民代表大会常务委员会第二十次会议上\n区财政局局长 李明\n主任、各位副主任、各位委员：\n",
		trapWant{title: "关于区人大常委会对2023年预算执行情况审议意见整改情况的报告", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-08-28"},
	},
	{
		"带你看懂2024年株洲市政府工作报告 is an explainer, 其他, its title kept whole (a review finding on meta-262)", "r203_Ge11_daini_kandong.txt",
		"带你看懂2024年株洲市政府工作报告\n发布时间：2024-01-22 来源：株洲发布\n1月20日，株洲市第十六届人民代表大会第四次会议开幕，市长作政府工作报告。\n",
		trapWant{title: "带你看懂2024年株洲市政府工作报告", province: "湖南省", city: "株洲市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-22"},
	},
	{
		"so is 一起看懂… (a review finding on meta-262)", "r203_Ge12_yiqi_kandong.txt",
		"一起看懂2024年株洲市政府工作报告\n发布时间：2024-01-22 来源：株洲发布\n1月20日，株洲市第十六届人民代表大会第四次会议开幕，市长作政府工作报告。\n",
		trapWant{title: "一起看懂2024年株洲市政府工作报告", province: "湖南省", city: "株洲市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-22"},
	},
	{
		"an event's theme (主题：书香润万家 阅读伴成长) under the story's headline is no forum thread's title (a review finding on meta-262)", "r203_Gf01_event_theme.txt",
		"县图书馆举办世界读书日主题活动\n主题：书香润万家 阅读伴成长\n4月23日，县图书馆在文化广场举办世界读书日主题活动，活动吸引了300余名市民参加，现场发放图书500余册。\n",
		trapWant{title: "县图书馆举办世界读书日主题活动", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"nor is a conference's theme under its headline (a review finding on meta-262)", "r203_Gf10_theme_second_line_story.txt",
		"我市召开2024年优化营商环境大会\n主题：优环境 强服务 促发展\n2月18日，我市召开2024年优化营商环境大会，全面部署今年优化营商环境工作，市委书记出席会议并讲话。\n",
		trapWant{title: "我市召开2024年优化营商环境大会", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"和县政协召开… opening a title is 和县's own CPPCC: the page is 和县's (a review finding on meta-262)", "r203_Gg01_hexian_zhengxie_open.txt",
		"和县政协召开十届三次常委会议\n发布时间：2024-03-12 来源：和县政协\n3月11日，和县政协召开十届三次常委会议，协商讨论2024年县政府工作报告。\n",
		trapWant{title: "和县政协召开十届三次常委会议", province: "安徽省", city: "马鞍山市", district: "和县", level: "county", docType: "其他", year: 2024, date: "2024-03-12"},
	},
	{
		"a photo's placeholder in brackets ((资料图片仅供参考)) over a site's mark and the day is no headline (holdout1108/f01)", "r202_photo_placeholder_no_headline.txt",
		"(资料图片仅供参考)\n\n大洋网讯 2月8日，南沙区第四届人民代表大会第四次会议在南沙区行政中心大会堂开幕。\n\n根据会议议程，南沙区区长吴扬向大会作政府工作报告。报告指出，2022年是南沙改革发展历程中具有里程碑意义的一年。\n",
		trapWant{title: "", province: "广东省", city: "广州市", district: "南沙区", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline over a site's mark and the day (长三角城市网讯 3月28日，…) is the title (holdout1191/f05)", "r202_site_mark_day_lead.txt",
		"南京\n\n首页>地方频道>南京>民生\n\n去年南京地区生产总值超1.17万亿 同比增8.1%\n\n长三角城市网讯 3月28日，南京市统计局发布《南京市2017年国民经济和社会发展统计公报》。统计数据显示，2017年南京实现地区生产总值11715.10亿元，比上年增长8.1%。\n",
		trapWant{title: "去年南京地区生产总值超1.17万亿同比增8.1%", province: "江苏省", city: "南京市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a deck saying who made the work report and the CPPCC's (魏宏作政府工作报告 晏永和作政协常委会工作报告) gives way to the headline over it (holdout1183/f02)", "r202_deck_two_reports_made.txt",
		"您现在的位置: 四川民生周报 >> 新闻中心 >> 第一版 >> 正文\n\n省十二届人大三次会议胜利召开 省政协十一届三次会议闭幕\n\n2015/2/2\n\n王东明柯尊平到会 魏宏作政府工作报告 晏永和作政协常委会工作报告\n\n1月28日，四川省第十二届人民代表大会第三次会议在成都锦江大礼堂开幕。省长魏宏作政府工作报告。\n",
		trapWant{title: "省十二届人大三次会议胜利召开省政协十一届三次会议闭幕", province: "四川省", city: "", district: "", level: "province", docType: "其他", year: 2015, date: "2015-02-02"},
	},
	{
		"a Chinese title with its English twin after it (…全文(双语) Report on the work of the government 2014) is the Chinese title (holdout1184/f02)", "r202_english_twin_after.txt",
		"首页  | 权威发布\n\n2014年政府工作报告全文(双语) Report on the work of the government 2014\n\n中国日报网 2014-03-17 10:12\n\n政府工作报告\n\n第十二届全国人大二次会议, 2014年3月5日\n\n国务院总理 李克强\n\nREPORT ON THE WORK OF THE GOVERNMENT\n",
		trapWant{title: "2014年政府工作报告全文(双语)", province: "", city: "", district: "", level: "national", docType: "政府工作报告", year: 2014, date: "2014-03-17"},
	},
	{
		"a site's list of its accounts (…微信公众号 …抖音号 …快手号) is navigation, no headline; an explainer's 数读 stays in its title with its column tag (holdout1183/f01)", "r202_social_accounts_line.txt",
		"新冠肺炎求助平台 辟谣举报 违法和不良信息举报\n景谷发布微信公众号 景谷融媒抖音号 景谷融媒快手号 景谷融媒微博 七彩云端APP\n 当前位置: 首页 >> 景谷时政 >> 景谷要闻\n【聚焦两会】数读政府工作报告:一图读懂景谷2025年“成绩单”与2026年“新目标”\n来源:县融媒体中心综合报道 时间:2026-02-26 阅读:\n2月26日上午，景谷傣族彝族自治县第十八届人民代表大会第六次会议第一次全体会议开幕。代理县长鲁秦宇作政府工作报告。\n",
		trapWant{title: "【聚焦两会】数读政府工作报告:一图读懂景谷2025年“成绩单”与2026年“新目标”", province: "云南省", city: "普洱市", district: "景谷傣族彝族自治县", level: "county", docType: "其他", year: 2026, date: "2026-02-26"},
	},
	{
		"…(议案)和县政协委员提案… joins two organs: 和 before 县政协 names no 和县 (holdout1178/f01)", "r201_he_conjunction_zhengxie.txt",
		"砖井镇闫塘村人大代表联络站\n\n2024年县政府工作报告任务分解暨县人大代表建议(议案)和县政协委员提案交办会召开\n\n2024-08-08\n\n4月29日，我县2024年县政府工作报告任务分解暨县人大代表建议（议案）和县政协委员提案交办会在县政府二楼会议室召开。县委常委、常务副县长主持会议并讲话。\n",
		trapWant{title: "2024年县政府工作报告任务分解暨县人大代表建议(议案)和县政协委员提案交办会召开", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-08-08"},
	},
	{
		"a page's 不支持Flash note is furniture: the headline alone is the title, no byline joined to it (holdout1181/f03)", "r201_no_flash_over_headline.txt",
		"跳转到路径导航栏\n不支持Flash\n跳转到正文内容\n\n2011杭州政府工作报告开征民意\n\n  本报记者 刘焜\n\n  新的一年开始了，政府要为我们做点啥？记者从杭州市政府办公厅获悉，《政府工作报告》（征求意见稿）已经出炉了，今天起征求广大市民的意见。\n",
		trapWant{title: "2011杭州政府工作报告开征民意", province: "浙江省", city: "杭州市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a county's headline on its 精品视频 is no hijacked page's keywords: it stays the title (a review finding on meta-261)", "r201_Fa01_jingpin_shipin_dangyuan.txt",
		"平江县3部作品入选全省党员教育精品视频\n发布时间：2024-03-20 来源：平江发布\n近日，省委组织部公布全省党员教育优秀作品评选结果，我县3部作品入选。\n",
		trapWant{title: "平江县3部作品入选全省党员教育精品视频", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2024, date: "2024-03-20"},
	},
	{
		"nor is a headline on cleaning up 色情低俗视频 (a review finding on meta-261)", "r201_Fa03_saohuang_seqing_shipin.txt",
		"平江县扫黄打非办集中清理网络色情低俗视频\n发布时间：2024-03-20 来源：平江发布\n近日，县扫黄打非办组织开展网络环境集中整治行动。\n",
		trapWant{title: "平江县扫黄打非办集中清理网络色情低俗视频", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2024, date: "2024-03-20"},
	},
	{
		"nor 久久为功 with 福利 (a review finding on meta-261)", "r201_Fa06_jiujiu_minsheng_fuli.txt",
		"久久为功 持续增进民生福利\n发布时间：2024-03-20 来源：平江发布\n2023年，平江县民生支出占一般公共预算支出的80%以上。\n",
		trapWant{title: "久久为功持续增进民生福利", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-03-20"},
	},
	{
		"a 创建时间 without its clock time is read before the update's stamp on the line: the creation day dates the page (a review finding on meta-261)", "r201_Fh01_created_noclock_update_clock_views.txt",
		"平江县2023年国民经济和社会发展统计公报\n创建时间：2024-03-01 更新时间：2024-06-25 10:30 浏览次数：356\n2023年，全县经济运行持续回升向好，全年实现地区生产总值350亿元。\n",
		trapWant{title: "平江县2023年国民经济和社会发展统计公报", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "统计公报", year: 2024, date: "2024-03-01"},
	},
	{
		"so it is with the update before the creation (更新时间：… 10:30 创建时间：2024-03-01) (a review finding on meta-261)", "r201_Fh02_update_first_then_created.txt",
		"平江县2023年国民经济和社会发展统计公报\n更新时间：2024-06-25 10:30 创建时间：2024-03-01 08:00 浏览次数：356\n2023年，全县经济运行持续回升向好，全年实现地区生产总值350亿元。\n",
		trapWant{title: "平江县2023年国民经济和社会发展统计公报", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "统计公报", year: 2024, date: "2024-03-01"},
	},
	{
		"a lead opening on the day 县政府召开十八届第25次常务会议 dates the story (a review finding on meta-261)", "r201_Fl01_zhengfu_term_dijici.txt",
		"平江县政府常务会议部署一季度经济工作\n来源：平江县人民政府\n2024年1月5日上午，县政府召开十八届第25次常务会议，研究部署一季度经济工作。\n会议还研究了其他事项。\n",
		trapWant{title: "平江县政府常务会议部署一季度经济工作", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2024, date: "2024-01-05"},
	},
	{
		"so does 二〇二四年第一次常务会议 (a review finding on meta-261)", "r201_Fl02_zhengfu_cn_year_dijici.txt",
		"平江县政府常务会议部署一季度经济工作\n来源：平江县人民政府\n2024年1月5日上午，县人民政府召开二〇二四年第一次常务会议，研究部署一季度经济工作。\n会议还研究了其他事项。\n",
		trapWant{title: "平江县政府常务会议部署一季度经济工作", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2024, date: "2024-01-05"},
	},
	{
		"and 县人大常务委员会举行第十二次会议 (a review finding on meta-261)", "r201_Fl03_renda_changwu_weiyuanhui.txt",
		"平江县人大常委会审议2023年预算调整方案\n来源：平江县人民政府\n2023年8月25日，平江县人大常务委员会举行第十二次会议，审议县级预算调整方案。\n会议还研究了其他事项。\n",
		trapWant{title: "平江县人大常委会审议2023年预算调整方案", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2023, date: "2023-08-25"},
	},
	{
		"and 第25次常务（扩大）会议 (a review finding on meta-261)", "r201_Fl04_changwu_kuoda.txt",
		"平江县政府常务会议部署一季度经济工作\n来源：平江县人民政府\n2024年1月5日上午，县政府召开第25次常务（扩大）会议，研究部署一季度经济工作。\n会议还研究了其他事项。\n",
		trapWant{title: "平江县政府常务会议部署一季度经济工作", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2024, date: "2024-01-05"},
	},
	{
		"县政府常务会议审议2023年…统计公报 is a story about the meeting, dated by its lead, no communiqué (a review finding on meta-261)", "r201_Fl12_communique_story_changwu.txt",
		"平江县政府常务会议审议2023年国民经济和社会发展统计公报\n来源：平江县人民政府\n2024年3月5日上午，县政府召开第30次常务会议，审议2023年统计公报。\n会议还研究了其他事项。\n",
		trapWant{title: "平江县政府常务会议审议2023年国民经济和社会发展统计公报", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2024, date: "2024-03-05"},
	},
	{
		"县政府常务会议审议十四五规划纲要（草案） is a story too, no outline (a review finding on meta-261)", "r201_Fl13_plan_outline_story.txt",
		"平江县政府常务会议审议十四五规划纲要（草案）\n来源：平江县人民政府\n2021年1月5日上午，县政府召开第12次常务会议，审议《平江县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）》。\n会议还研究了其他事项。\n",
		trapWant{title: "平江县政府常务会议审议十四五规划纲要（草案）", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2021, date: "2021-01-05"},
	},
	{
		"a broadcaster's call sign in capitals (CCTV - 2024-03-05 10:30) is no farm handle: its stamp dates the page; 发布会介绍2024年政府工作报告 is a story (a review finding on meta-261)", "r201_Fp01_callsign_CCTV.txt",
		"国务院新闻办发布会介绍2024年政府工作报告\nCCTV - 2024-03-05 10:30\n3月5日，国务院新闻办公室举行新闻发布会，介绍2024年政府工作报告。\n",
		trapWant{title: "国务院新闻办发布会介绍2024年政府工作报告", province: "", city: "", district: "", level: "national", docType: "其他", year: 2024, date: "2024-03-05"},
	},
	{
		"a farm's poster line with a day written 2023年1月28日 does not date the report (a review finding on meta-261)", "r201_Fp05_farm_cn_date.txt",
		"平江县2024年政府工作报告\n佚名 - 2023年1月28日 17:34\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n",
		trapWant{title: "平江县2024年政府工作报告", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"nor one with 2023.1.28 (a review finding on meta-261)", "r201_Fp06_farm_dot_date.txt",
		"平江县2024年政府工作报告\nTUhjnbcbe - 2023.1.28 17:34:00\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n",
		trapWant{title: "平江县2024年政府工作报告", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"nor 用户小王 before the dash (a review finding on meta-261)", "r201_Fp07_farm_yonghu_han.txt",
		"平江县2024年政府工作报告\n用户小王 - 2023/1/28 17:34:00\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n",
		trapWant{title: "平江县2024年政府工作报告", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a report's name with （摘登） run on into its first part titles the page (a review finding on meta-261)", "r201_Fr01_runon_zhaideng.txt",
		"平江县2023年政府工作报告（摘登）一、2022年工作回顾2022年是极不平凡的一年。全县上下精准发力，持续攻坚，顺利完成全年重点目标任务。\n",
		trapWant{title: "平江县2023年政府工作报告（摘登）", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"so does one with （送审稿） before 各位代表 (a review finding on meta-261)", "r201_Fr02_runon_songshen_gewei.txt",
		"平江县2024年政府工作报告（送审稿）各位代表：现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。\n",
		trapWant{title: "平江县2024年政府工作报告（送审稿）", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a story's 研究部署落实2024年政府工作报告一是… names no report: no title, no work report (a review finding on meta-261)", "r201_Fr04_story_luoshi_yishi.txt",
		"县政府常务会议研究部署落实2024年政府工作报告一是要提高政治站位，二是要压实工作责任，三是要强化督查考核，确保各项目标任务落地见效。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"县政府常务会议审议平江县2024年政府工作报告（征求意见稿） is a story (a review finding on meta-261)", "r201_Fw02_shenyi_place_year.txt",
		"县政府常务会议审议平江县2024年政府工作报告（征求意见稿）\n来源：平江县人民政府 发布时间：2024-01-06\n2024年1月5日上午，县政府召开第25次常务会议，审议《平江县2024年政府工作报告（征求意见稿）》。\n",
		trapWant{title: "县政府常务会议审议平江县2024年政府工作报告（征求意见稿）", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2024, date: "2024-01-06"},
	},
	{
		"so is 县人大审议通过2024年政府工作报告 (a review finding on meta-261)", "r201_Fw07_shenyi_tongguo_year.txt",
		"平江县人大审议通过2024年政府工作报告\n来源：平江县人民政府 发布时间：2024-01-06\n2024年1月5日上午，县政府召开第25次常务会议，审议《平江县2024年政府工作报告（征求意见稿）》。\n",
		trapWant{title: "平江县人大审议通过2024年政府工作报告", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2024, date: "2024-01-06"},
	},
	{
		"two zones 精准帮扶企业 are a list: no district (a review finding on meta-261)", "r201_Fz01_list_jingzhun_bangfu_qiye.txt",
		"株洲高新区和醴陵经开区精准帮扶企业纾困解难\n发布时间：2024-03-15 来源：市统计局\n2023年，株洲市各园区实现规模工业增加值增长10%。\n",
		trapWant{title: "株洲高新区和醴陵经开区精准帮扶企业纾困解难", province: "湖南省", city: "株洲市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-03-15"},
	},
	{
		"a zone 对比 with other parks is the page's district (a review finding on meta-261)", "r201_Fz04_he_qita_duibi.txt",
		"株洲高新区和其他园区对比优势明显 2023年规模工业增加值增长12%\n发布时间：2024-03-15 来源：市统计局\n2023年，株洲市各园区实现规模工业增加值增长10%。\n",
		trapWant{title: "株洲高新区和其他园区对比优势明显2023年规模工业增加值增长12%", province: "湖南省", city: "株洲市", district: "株洲高新区", level: "county", docType: "其他", year: 2024, date: "2024-03-15"},
	},
	{
		"结对园区 names a class of parks like 合作园区: no dealing, no district (a review finding on meta-261)", "r201_Fz06_list_jiedui_shuju.txt",
		"株洲高新区和醴陵经开区结对园区2023年主要经济指标统计公报\n发布时间：2024-03-15 来源：市统计局\n2023年，株洲市各园区实现规模工业增加值增长10%。\n",
		trapWant{title: "株洲高新区和醴陵经开区结对园区2023年主要经济指标统计公报", province: "湖南省", city: "株洲市", district: "", level: "city", docType: "统计公报", year: 2024, date: "2024-03-15"},
	},
	{
		"为你解读 stays in an explainer's title, and the report's city (遵义市) is its place (holdout1171/f04)", "r201_explainer_for_you.txt",
		"为你解读遵义市政府工作报告要点\n\n来源:遵义日报  发布时间:2021-02-26 10:14\n\n“十三五”工作答卷\n\n彻底撕掉了千百年来绝对贫困的标签，脱贫攻坚取得决定性胜利，全面建成小康社会取得决定性成就。\n",
		trapWant{title: "为你解读遵义市政府工作报告要点", province: "贵州省", city: "遵义市", district: "", level: "city", docType: "其他", year: 2021, date: "2021-02-26"},
	},
	{
		"a forum thread's title after 主题: titles the page and the post's day alone (发表于2010-03-11) dates it (holdout1165/f05, holdout1052/f04)", "r201_forum_thread_title.txt",
		"上一页|1|\n/1页\n\n主题:三旧改造一年见效 重点抓好城中村、城中厂改造\n\n发表于2010-03-11\n\n今天上午，鹤山市十三届人大五次会议开幕，鹤山市市长黄国常做了政府工作报告。今年，鹤山将重点从“三旧”改造、集约用地等方面着手，全面完成“十一五”规划各项目标任务。\n\n“三旧”改造，被列在了今年鹤山政府工作报告的头条。鹤山将重点抓好城中村、城中厂改造，推动全市“三旧”改造全面开展。\n",
		trapWant{title: "三旧改造一年见效重点抓好城中村、城中厂改造", province: "广东省", city: "江门市", district: "鹤山市", level: "county", docType: "其他", year: 2010, date: "2010-03-11"},
	},
	{
		"a headline over the paper's name and day (辽宁日报 2026年01月28日) is the title (holdout1165/f01)", "r201_paper_date_under_headline.txt",
		"聚合力 谱新篇\n\n辽宁日报 2026年01月28日\n\n牢记嘱托担使命，勇于争先谱新篇。1月27日，辽宁省第十四届人民代表大会第五次会议在辽宁人民会堂隆重开幕。出席会议的人大代表，肩负全省人民的期盼和重托，认真履职、积极发言。图为出席省十四届人大五次会议的代表审议政府工作报告。\n\n本报记者 丁思文 摄\n",
		trapWant{title: "聚合力谱新篇", province: "辽宁省", city: "", district: "", level: "province", docType: "其他", year: 2026, date: "2026-01-28"},
	},
	{
		"a government's report on carrying out the congress's 审查意见 and 审议意见 on its plan is no plan report (holdout1171/f02)", "r201_review_opinions_report.txt",
		"您当前的位置:首页>>人大刊物>>常委会会刊\n\n区政府关于落实区十七届人大第一次会议对国民经济和社会发展计划审查意见及区人大常委会对2022年计划上半年执行情况审议意见的报告\n\n——2022年12月22日在朝阳区第十七届人民代表大会常务委员会第十次会议上\n\n主任、各位副主任、秘书长、各位委员:\n\n我受区政府委托，向区人大常委会报告落实审查意见和审议意见的情况，请予审议。\n",
		trapWant{title: "区政府关于落实区十七届人大第一次会议对国民经济和社会发展计划审查意见及区人大常委会对2022年计划上半年执行情况审议意见的报告", province: "", city: "", district: "朝阳区", level: "county", docType: "其他", year: 2022, date: "2022-12-22"},
	},
	{
		"a work report's own title over its meeting line (政府工作报告 / ——在江池镇…会议上) gives way to no document site's title over it (holdout1168/f08)", "r201_site_title_over_own_report.txt",
		"乡镇人民政府换届工作报告\n乡镇人民政府换届工作报告\n镇人民政府换届工作报告\n政府工作报告\n——在江池镇第五届人民代表大会第一次会议上\n江池镇人民政府镇长陈万明\n(1月25日)\n各位代表:\n现在,我谨代表镇人民政府,向江池镇第五届人民代表大会第一次会议报告过去五年的工作,对今年的工作提出建议,请予审议。\n一、过去五年的工作回顾\n",
		trapWant{title: "政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"创建时间, 更新时间 and 发布时间 set off by bars: the update's span stops at its day, and the publication after it dates the page (a review finding on meta-259)", "r200_Ec01_created_updated_bars_pub.txt",
		"平江县2023年国民经济和社会发展统计公报\n创建时间：2024-03-01|更新时间：2024-06-25|发布时间：2024-03-20\n2023年，全县经济运行持续回升向好。\n",
		trapWant{title: "平江县2023年国民经济和社会发展统计公报", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "统计公报", year: 2024, date: "2024-03-20"},
	},
	{
		"an empty 更新时间： before 发布时间 takes nothing of the publication's (a review finding on meta-259)", "r200_Ec02_created_empty_update_pub.txt",
		"平江县2023年国民经济和社会发展统计公报\n创建时间：2024-03-01 08:00 更新时间： 发布时间：2024-03-20 来源：县统计局\n2023年，全县经济运行持续回升向好。\n",
		trapWant{title: "平江县2023年国民经济和社会发展统计公报", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "统计公报", year: 2024, date: "2024-03-20"},
	},
	{
		"a line opening on 创建时间 with an update after it is the page's stamp: the day the site made the page dates it (a review finding on meta-259)", "r200_Ec04_created_update_cn_date_source.txt",
		"平江县2023年国民经济和社会发展统计公报\n创建时间：2024年03月01日 更新时间：2024年06月25日 来源：县统计局\n2023年，全县经济运行持续回升向好。\n",
		trapWant{title: "平江县2023年国民经济和社会发展统计公报", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "统计公报", year: 2024, date: "2024-03-01"},
	},
	{
		"so is such a line ending on a view count (浏览次数：356) (a review finding on meta-259)", "r200_Ec07_created_update_views.txt",
		"平江县2023年国民经济和社会发展统计公报\n创建时间：2024-03-01 08:00 更新时间：2024-06-25 10:00 浏览次数：356\n2023年，全县经济运行持续回升向好。\n",
		trapWant{title: "平江县2023年国民经济和社会发展统计公报", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "统计公报", year: 2024, date: "2024-03-01"},
	},
	{
		"a content farm's handle 用户a1b2c3 before its stamp does not date the report (a review finding on meta-259)", "r200_Eh07_farm_yonghu_alnum.txt",
		"平江县2019年政府工作报告\n用户a1b2c3 - 2023/1/28 17:34:00\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2018年工作回顾\n",
		trapWant{title: "平江县2019年政府工作报告", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"nor does 匿名用户 before an em-dash and the stamp (a review finding on meta-259)", "r200_Eh10_farm_emdash.txt",
		"平江县2019年政府工作报告\n匿名用户 — 2023/1/28 17:34:00\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2018年工作回顾\n",
		trapWant{title: "平江县2019年政府工作报告", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a story's lead opening on the day 县政府第25次常务会议召开 dates it, and …常务会议审议2024年政府工作报告 is a headline about the report, no report (a review finding on meta-259)", "r200_El01_zhengfu_changwu_dijici_zhaokai.txt",
		"平江县政府常务会议审议2024年政府工作报告（征求意见稿）\n来源：平江县人民政府\n2024年1月5日上午，县政府第25次常务会议召开，审议《2024年政府工作报告（征求意见稿）》。\n县长主持会议。\n",
		trapWant{title: "平江县政府常务会议审议2024年政府工作报告（征求意见稿）", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2024, date: "2024-01-05"},
	},
	{
		"so does the standing committee's full name (平江县第十七届人民代表大会常务委员会举行第十二次会议) (a review finding on meta-259)", "r200_El03_renda_changwu_full_name.txt",
		"平江县人大常委会审议2023年预算调整方案\n来源：平江人大\n2023年8月25日，平江县第十七届人民代表大会常务委员会举行第十二次会议，审议县人民政府关于2023年县级预算调整方案的报告。\n",
		trapWant{title: "平江县人大常委会审议2023年预算调整方案", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2023, date: "2023-08-25"},
	},
	{
		"and a government's plenary meeting (县政府召开第三次全体会议) (a review finding on meta-259)", "r200_El07_quanti_huiyi.txt",
		"平江县政府召开全体会议部署2024年政府工作报告任务\n来源：平江县人民政府\n2024年2月20日，县政府召开第三次全体会议，部署落实《政府工作报告》重点任务。\n",
		trapWant{title: "平江县政府召开全体会议部署2024年政府工作报告任务", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2024, date: "2024-02-20"},
	},
	{
		"a report's name run on into its first point (…政府工作报告一是…) titles the page (a review finding on meta-259)", "r200_Er02_runon_yishi.txt",
		"平江县2023年政府工作报告一是经济运行稳中有进全年地区生产总值增长5.5%，二是项目建设提速增效，三是民生福祉持续增进，一年来我们坚持稳中求进工作总基调。\n",
		trapWant{title: "平江县2023年政府工作报告", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"so does a name with its form (…政府工作报告（草案）一、…) (a review finding on meta-259)", "r200_Er03_runon_caoan_paren.txt",
		"平江县2023年政府工作报告（草案）一、2022年工作回顾2022年是极不平凡的一年。面对多重困难和风险压力，全县上下精准发力，持续攻坚，全面推进高质量发展，顺利完成全年重点目标任务。\n",
		trapWant{title: "平江县2023年政府工作报告（草案）", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"and an audit report's name run on into its salutation (…审计工作报告主任、各位副主任…) (a review finding on meta-259)", "r200_Er08_runon_shenji.txt",
		"关于2022年度县级预算执行和其他财政收支的审计工作报告主任、各位副主任、秘书长、各位委员：受县人民政府委托，我向县人大常委会报告审计情况。\n",
		trapWant{title: "关于2022年度县级预算执行和其他财政收支的审计工作报告", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"从“十四五”开局之年统计公报看… is a story about the communiqué (a review finding on meta-259)", "r200_Et01_congyinhao_communique_kan.txt",
		"从“十四五”开局之年统计公报看平江发展新成效\n发布时间：2022-03-25 来源：平江发布\n近日，县统计局发布统计公报，数据显示全县经济稳中向好。\n",
		trapWant{title: "从“十四五”开局之年统计公报看平江发展新成效", province: "", city: "", district: "", level: "", docType: "其他", year: 2022, date: "2022-03-25"},
	},
	{
		"so is 从统计公报的数据看… (a review finding on meta-259)", "r200_Et02_cong_communique_de_shuju_kan.txt",
		"从统计公报的数据看平江发展新成效\n发布时间：2024-03-25 来源：平江发布\n近日，县统计局发布统计公报，数据显示全县经济稳中向好。\n",
		trapWant{title: "从统计公报的数据看平江发展新成效", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-03-25"},
	},
	{
		"…统计公报中的附注 is the communiqué's own annex (a review finding on meta-259)", "r200_Et03_communique_zhongde_fuzhu.txt",
		"平江县2023年国民经济和社会发展统计公报中的附注\n发布时间：2024-03-25 来源：县统计局\n1.本公报中部分数据为初步统计数。\n2.地区生产总值按当年价格计算。\n",
		trapWant{title: "平江县2023年国民经济和社会发展统计公报中的附注", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "统计公报", year: 2024, date: "2024-03-25"},
	},
	{
		"透过统计公报读懂… is a story about the communiqué (a review finding on meta-259)", "r200_Et05_tongguo_communique_dudong.txt",
		"透过统计公报读懂平江发展韧性\n发布时间：2024-03-25 来源：平江发布\n近日，县统计局发布统计公报，数据显示全县经济稳中向好。\n",
		trapWant{title: "透过统计公报读懂平江发展韧性", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-03-25"},
	},
	{
		"a zone compared with other parks (…和其他园区相较…) is the page's district: no list of zones (a review finding on meta-259)", "r200_Ez03_he_qita_yuanqu_xiangjiao.txt",
		"株洲高新区和其他园区相较优势明显 2023年规模工业增加值增长12%\n发布时间：2024-03-15 来源：市统计局\n2023年，株洲高新区实现规模工业增加值增长12%。\n",
		trapWant{title: "株洲高新区和其他园区相较优势明显2023年规模工业增加值增长12%", province: "湖南省", city: "株洲市", district: "株洲高新区", level: "county", docType: "其他", year: 2024, date: "2024-03-15"},
	},
	{
		"two zones paired (…和醴陵经开区结对帮扶…) are both the story's subject: no district (a review finding on meta-259, reversed by the review of meta-261: 结对 and 帮扶 name classes and deals with others too)", "r200_Ez04_he_jingkaiqu_jiedui.txt",
		"株洲高新区和醴陵经开区结对帮扶 2023年经济运行稳中向好\n发布时间：2024-03-15 来源：市统计局\n2023年，株洲高新区实现规模工业增加值增长12%。\n",
		trapWant{title: "株洲高新区和醴陵经开区结对帮扶2023年经济运行稳中向好", province: "湖南省", city: "株洲市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-03-15"},
	},
	{
		"a hijacked page's injected keywords (久久精品国产…_日韩精品视频…) are no headline: the story's own is the title (holdout1159/f02)", "r200_adult_spam_title.txt",
		"久久精品国产色蜜蜜麻豆_日韩精品视频免费观看_91精品在线视频_成人高辣h视频一区二区在线观看\n当前位置: 首页>> 热点专题\n政府工作报告诞生记：一切为了人民 一切服务人民\n中央政府门户网站 www.example.com   2007年03月18日   来源：新华社\n新华社北京3月18日电（记者赵承）3月16日上午10时，十届全国人大五次会议闭幕会在人民大会堂举行。\n近3000名人大代表，郑重地按下表决器。掌声阵阵，大会批准了温家宝总理代表国务院所作的《政府工作报告》。\n",
		trapWant{title: "政府工作报告诞生记：一切为了人民一切服务人民", province: "", city: "", district: "", level: "national", docType: "其他", year: 2007, date: ""},
	},
	{
		"兰西城市群 (Lanzhou and Xining) names no county: a report saying 我县 with it is filed under no 兰西县 (holdout1162/f07)", "r200_lanxi_city_cluster.txt",
		"新一届政府的奋斗目标和重点任务\n锐始者必图其终，成功者先计于始。展望未来五年，“一带一路”、新一轮西部大开发、黄河流域生态保护和高质量发展、兰西城市群建设等重大战略深入实施，为我们赋予了新机遇新政策。\n我县产业整体水平不高，区位、资源等优势仍未得到充分发掘，地方财政收支矛盾突出。\n今后五年，全县上下要坚持稳中求进工作总基调，奋力谱写县域高质量发展新篇章。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a site's address before a dash and the stamp (www.pingjiang.gov.cn - 2024-01-22 10:30) dates the page: no content farm's handle (a review finding on meta-259)", "r199_Eh01_site_address_dash_stamp.txt",
		"平江县2024年政府工作报告\nwww.pingjiang.gov.cn - 2024-01-22 10:30\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n",
		trapWant{title: "平江县2024年政府工作报告", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-22"},
	},
	{
		"nor is a broadcaster's call sign (CRI - 2024-03-05 10:30) (a review finding on meta-259)", "r199_Eh02_media_3letters_CRI.txt",
		"国务院新闻办发布会介绍2024年政府工作报告\nCRI - 2024-03-05 10:30\n3月5日，国务院新闻办公室举行新闻发布会，介绍政府工作报告有关情况。\n",
		trapWant{title: "国务院新闻办发布会介绍2024年政府工作报告", province: "", city: "", district: "", level: "national", docType: "其他", year: 2024, date: "2024-03-05"},
	},
	{
		"a report's account of the government meeting that drew it up (2023年8月25日，县人民政府召开第18次常务会议…现将有关情况报告如下) does not date the report (a review finding on meta-259)", "r199_El06_report_body_recall_meeting.txt",
		"关于平江县2023年县级预算调整方案的报告\n县财政局局长 李四\n2023年8月25日，县人民政府召开第18次常务会议，研究了县级预算调整方案。现将有关情况报告如下：\n一、预算调整的原因\n",
		trapWant{title: "关于平江县2023年县级预算调整方案的报告", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "预算报告", year: 0, date: ""},
	},
	{
		"a zone followed by 及时兑现各类园区… is the zone, no list (a review finding on meta-259)", "r199_Ez01_jishi_duixian_gelei_yuanqu.txt",
		"株洲高新区及时兑现各类园区奖补资金 2023年经济运行稳中向好\n发布时间：2024-03-15 来源：市统计局\n2023年，株洲高新区实现规模工业增加值增长12%。\n",
		trapWant{title: "株洲高新区及时兑现各类园区奖补资金2023年经济运行稳中向好", province: "湖南省", city: "株洲市", district: "株洲高新区", level: "county", docType: "其他", year: 2024, date: "2024-03-15"},
	},
	{
		"nor are a zone and its own parks (株洲高新区及其下属各园区) a list (a review finding on meta-259)", "r199_Ez02_jiqi_xiashu_ge_yuanqu.txt",
		"株洲高新区及其下属各园区2023年主要经济指标统计公报\n发布时间：2024-03-15 来源：市统计局\n2023年，株洲高新区实现规模工业增加值增长12%。\n",
		trapWant{title: "株洲高新区及其下属各园区2023年主要经济指标统计公报", province: "湖南省", city: "株洲市", district: "株洲高新区", level: "county", docType: "统计公报", year: 2024, date: "2024-03-15"},
	},
	{
		"two zones and their cooperation parks (株洲高新区和醴陵经开区合作园区) are a class, no district: 合作 there names the parks (a review finding on meta-259)", "r199_Ez05_list_hezuo_class_stats.txt",
		"株洲高新区和醴陵经开区合作园区2023年主要经济指标统计公报\n发布时间：2024-03-15 来源：市统计局\n2023年，合作园区实现规模工业增加值增长8%。\n",
		trapWant{title: "株洲高新区和醴陵经开区合作园区2023年主要经济指标统计公报", province: "湖南省", city: "株洲市", district: "", level: "city", docType: "统计公报", year: 2024, date: "2024-03-15"},
	},
	{
		"addressees ending on a city's 城市更新局 are addressees: 更新局 is a bureau (a review finding on meta-258)", "r198_Db01_addr_chengshi_gengxin_ju.txt",
		"关于印发《广州市2019年国民经济和社会发展计划》的通知\n广州市2019年国民经济和社会发展计划\n市发展改革委、市城市更新局：\n《广州市2019年国民经济和社会发展计划》已经市十五届人大四次会议审查批准，请对照目标任务抓好工作。\n广州市人民政府办公厅\n2019年2月20日\n",
		trapWant{title: "关于印发《广州市2019年国民经济和社会发展计划》的通知", province: "广东省", city: "广州市", district: "", level: "city", docType: "国民经济和社会发展计划报告", year: 2019, date: "2019-02-20"},
	},
	{
		"a creation time and an update time on one line give the creation, not the update (a review finding on meta-258)", "r198_Dc01_created_and_updated_same_line.txt",
		"平江县2023年国民经济和社会发展统计公报\n创建时间：2024-03-01 08:00 更新时间：2024-06-25 10:00 来源：县统计局\n2023年，全县经济运行持续回升向好。\n",
		trapWant{title: "平江县2023年国民经济和社会发展统计公报", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "统计公报", year: 2024, date: "2024-03-01"},
	},
	{
		"a content farm's 匿名用户 - 2023/1/28 17:34:00 dates its copy only (a review finding on meta-258)", "r198_Dh02_farm_niming_yonghu.txt",
		"平江县2019年政府工作报告\n匿名用户 - 2023/1/28 17:34:00\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2018年工作回顾\n",
		trapWant{title: "平江县2019年政府工作报告", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"so does a three-letter handle (xyz - …) (a review finding on meta-258)", "r198_Dh05_farm_latin3.txt",
		"平江县2019年政府工作报告\nxyz - 2023/1/28 17:34:00\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2018年工作回顾\n",
		trapWant{title: "平江县2019年政府工作报告", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a notice's sentence under its addressees ending on ； still recalls the session, no meeting date (a review finding on meta-258)", "r198_Dm02_addr_meeting_semicolon.txt",
		"平江县人民政府办公室关于印发2020年政府工作报告重点工作任务分解的通知\n发布日期：2020-03-10\n各乡镇人民政府，县直各单位：\n2020年1月8日县长在县十七届人民代表大会第五次会议上所作的《政府工作报告》已经大会审议通过；现将任务分解印发给你们\n",
		trapWant{title: "平江县人民政府办公室关于印发2020年政府工作报告重点工作任务分解的通知", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2020, date: "2020-03-10"},
	},
	{
		"a report's meeting line under 各位代表： dates the report, 。 or not: a salutation is no notice's addressees (a review finding on meta-258)", "r198_Dm04_gewei_daibiao_then_meeting_period.txt",
		"平江县2020年政府工作报告\n各位代表：\n——2020年1月8日在平江县第十七届人民代表大会第五次会议上。\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2019年工作回顾\n",
		trapWant{title: "平江县2020年政府工作报告", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "政府工作报告", year: 2020, date: "2020-01-08"},
	},
	{
		"a headline 统计公报中的民生账 is a story's (a review finding on meta-258)", "r198_Dt01_communique_zhongde_minsheng.txt",
		"平江县2023年统计公报中的民生账\n发布时间：2024-03-25 来源：平江发布\n近日，县统计局发布统计公报，数据显示全县居民收入稳步增长。\n",
		trapWant{title: "平江县2023年统计公报中的民生账", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2024, date: "2024-03-25"},
	},
	{
		"so is 透过 and a communiqué's full name then 看 (a review finding on meta-258)", "r198_Dt04_touguo_long_communique_kan.txt",
		"透过2023年平江县国民经济和社会发展统计公报看发展成色\n发布时间：2024-03-25 来源：平江发布\n近日，县统计局发布统计公报，数据显示全县经济稳中向好。\n",
		trapWant{title: "透过2023年平江县国民经济和社会发展统计公报看发展成色", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2024, date: "2024-03-25"},
	},
	{
		"a zone compared with the other parks (株洲高新区和其他园区相比) is the zone (a review finding on meta-258)", "r198_Dz01_he_qita_yuanqu_xiangbi.txt",
		"株洲高新区和其他园区相比优势明显 2023年规模工业增加值增长12%\n发布时间：2024-03-15 来源：市统计局\n2023年，株洲高新区实现规模工业增加值增长12%。\n",
		trapWant{title: "株洲高新区和其他园区相比优势明显2023年规模工业增加值增长12%", province: "湖南省", city: "株洲市", district: "株洲高新区", level: "county", docType: "其他", year: 2024, date: "2024-03-15"},
	},
	{
		"a zone signing with a park, joined by 和 (株洲高新区和中国动力谷产业园签约), is the zone (a review finding on meta-258)", "r198_Dz02_he_chanyeyuan_qianyue.txt",
		"株洲高新区和中国动力谷产业园签约 2023年经济运行稳中向好\n发布时间：2024-03-15 来源：市统计局\n2023年，园区实现规模工业增加值增长8%。\n",
		trapWant{title: "株洲高新区和中国动力谷产业园签约2023年经济运行稳中向好", province: "湖南省", city: "株洲市", district: "株洲高新区", level: "county", docType: "其他", year: 2024, date: "2024-03-15"},
	},
	{
		"a zone and the city's other parks (株洲高新区和全市其他园区) are a class, no district (a review finding on meta-258)", "r198_Dz04_he_quanshi_qita_yuanqu_class.txt",
		"株洲高新区和全市其他园区2023年主要经济指标统计公报\n发布时间：2024-03-15 来源：市统计局\n2023年，各园区实现规模工业增加值增长8%。\n",
		trapWant{title: "株洲高新区和全市其他园区2023年主要经济指标统计公报", province: "湖南省", city: "株洲市", district: "", level: "city", docType: "统计公报", year: 2024, date: "2024-03-15"},
	},
	{
		"a lead under the headline opening on the full day a standing committee met (2010年11月26日下午,区十四届人大常委会举行第三十三次会议) dates the story (holdout1140/f07)", "r197_a01_lead_day_standing_committee_meeting.txt",
		"长宁区十四届人大常委会举行第三十三次会议\n2010年11月26日下午,区十四届人大常委会举行第三十三次会议。孙荣初副主任主持会议,刘雅琴主任,范本上、鲁德喜、邱华云副主任及委员共19人出席会议。副区长陆继业,区人大常委会办事机构和工作机构负责人,区人民法院,区人民检察院,区政府办公室及有关部门负责人,新泾镇人大和部分区人大代表列席会议。\n会议听取和审议了区政府“关于抓住虹桥综合交通枢纽建设契机,推进大虹桥建设”议案实施情况的报告、关于长宁区2010年预算调整情况的报告,批准了2010年预算调整方案。会议讨论、通过了关于召开区十四届人大八次会议的决定,决定长宁区第十四届人民代表大会第八次会议于2011年1月10日举行。会议还讨论了关于修改区人民代表大会议事规则的决定(草案)。\n编 辑: 余晨\n",
		trapWant{title: "长宁区十四届人大常委会举行第三十三次会议", province: "上海市", city: "上海市", district: "长宁区", level: "county", docType: "其他", year: 2010, date: "2010-11-26"},
	},
	{
		"a site's trail run together (郑州人大人大要闻正文) is navigation, no part of the headline (holdout1140/f01)", "r197_a02_fused_site_trail_zhengwen.txt",
		"郑州人大人大要闻正文\n\n代表团分组审议《政府工作报告》\n\n时间:2010/2/1 来源:郑州人大网\n\n  郑州人大网2月1日讯:今天下午,参加市十三届人大二次会议的代表们分团审议了市长赵建才所作的《政府工作报告》。审议会场气氛热烈,多位代表争相发言。\n  代表们认为,报告内容全面客观、科学务实,使人倍受鼓舞、振奋精神。代表们还就医疗保障、新农村建设、“三农”等问题,紧扣报告主题,围绕郑州市民关注的热点、难点问题提出建议和意见。\n",
		trapWant{title: "代表团分组审议《政府工作报告》", province: "河南省", city: "郑州市", district: "", level: "city", docType: "其他", year: 2010, date: "2010-02-01"},
	},
	{
		"a page saved on one line gives the report's name run on into its first part (…2023年政府工作报告一、2022年工作回顾…), its street office's name kept as the reader cites it (holdout1145/f04; want changed in meta-282)", "r197_a03_report_name_run_on_first_part.txt",
		"新塘街道办事处2023年政府工作报告一、2022年工作回顾2022年是极不平凡、殊为不易的一年。面对多重困难和风险压力,街道深入贯彻省市区委决策部署,以“迎亚运、争第一、解难题、搞建设”为目标,精准发力,持续攻坚,全面推进高质量发展,顺利完成全年重点目标任务经济社会发展呈现承压前行、稳中有进的良好态势。这一年,我们聚焦经济质效提升,加速动能转换,工业经济稳步发展。全年预计实现规上工业生产总值135亿元,同比增长1.6%;规上工业增加值16亿元,同比增长1%。规上高新增加值6亿元,同比增长10%;数字经济增加值2亿元,同比增长33%。服务业营业收入133亿元,同比增长0.3%;社会消费品零售额20亿元,同比增长13%;出口额53亿元,同比增长3%。全年预计实现税收24亿元,其中产业税收12.5亿元,逆势增长5%。这一年,我们聚焦产业结构优化,加快资源集聚,发展动能不断积蓄。全年新入库项目10\n",
		trapWant{title: "新塘街道办事处2023年政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a notice's first sentence under its addressees recalls the session without a comma (…所作的《政府工作报告》已经大会审议通过。) and still does not date the notice (a review finding on meta-257)", "r195_d01_notice_addressees_meeting_nocomma.txt",
		"平江县人民政府办公室关于印发2020年政府工作报告重点工作任务分解的通知\n发布日期：2020-03-10\n各乡镇人民政府，县直各单位：\n2020年1月8日县长在县十七届人民代表大会第五次会议上所作的《政府工作报告》已经大会审议通过。现将任务分解印发给你们。\n",
		trapWant{title: "平江县人民政府办公室关于印发2020年政府工作报告重点工作任务分解的通知", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2020, date: "2020-03-10"},
	},
	{
		"a zone and the others (株洲高新区及其他开发区) are a class, no district (a review finding on meta-257)", "r195_g02_jiqita_kaifaqu.txt",
		"株洲高新区及其他开发区2023年主要经济指标统计公报\n发布时间：2024-03-15 来源：市统计局\n2023年，各园区实现规模工业增加值增长8%。\n",
		trapWant{title: "株洲高新区及其他开发区2023年主要经济指标统计公报", province: "湖南省", city: "株洲市", district: "", level: "city", docType: "统计公报", year: 2024, date: "2024-03-15"},
	},
	{
		"so are a zone and its city's parks (长沙经开区和各园区) (a review finding on meta-257)", "r195_g05_he_yuanqu_class.txt",
		"长沙经开区和各园区2023年主要经济指标统计公报\n发布时间：2024-03-15 来源：市统计局\n2023年，园区实现规模工业增加值增长8%。\n",
		trapWant{title: "长沙经开区和各园区2023年主要经济指标统计公报", province: "湖南省", city: "长沙市", district: "", level: "city", docType: "统计公报", year: 2024, date: "2024-03-15"},
	},
	{
		"a zone signing with a park (株洲高新区与中国动力谷产业园签约) is the zone's story (a review finding on meta-257)", "r195_g06_zone_and_own_chanyeyuan.txt",
		"株洲高新区与中国动力谷产业园签约 2023年经济运行稳中向好\n发布时间：2024-03-15 来源：市统计局\n2023年，园区实现规模工业增加值增长8%。\n",
		trapWant{title: "株洲高新区与中国动力谷产业园签约2023年经济运行稳中向好", province: "湖南省", city: "株洲市", district: "株洲高新区", level: "county", docType: "其他", year: 2024, date: "2024-03-15"},
	},
	{
		"so is a zone meeting an industrial cluster's firms (株洲高新区与工业集中区企业座谈) (a review finding on meta-257)", "r195_g07_zone_yu_gongye_jizhongqu_talk.txt",
		"株洲高新区与工业集中区企业座谈 2023年经济运行稳中向好\n发布时间：2024-03-15 来源：市统计局\n2023年，园区实现规模工业增加值增长8%。\n",
		trapWant{title: "株洲高新区与工业集中区企业座谈2023年经济运行稳中向好", province: "湖南省", city: "株洲市", district: "株洲高新区", level: "county", docType: "其他", year: 2024, date: "2024-03-15"},
	},
	{
		"a government's own name before a dash and the stamp (平江县人民政府 - 2024-01-22 10:00) dates the page: no content farm (a review finding on meta-257)", "r195_h02_source_dash_date.txt",
		"平江县2024年政府工作报告\n平江县人民政府 - 2024-01-22 10:00\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n",
		trapWant{title: "平江县2024年政府工作报告", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-22"},
	},
	{
		"a creation time and a publication time on one line (创建时间：… 发布时间：2024-03-20 09:00) give the publication (a review finding on meta-257)", "r195_h12_chuangjian_and_fabu.txt",
		"平江县2023年国民经济和社会发展统计公报\n创建时间：2024-03-01 08:00 发布时间：2024-03-20 09:00 来源：县统计局\n2023年，全县经济运行持续回升向好。\n",
		trapWant{title: "平江县2023年国民经济和社会发展统计公报", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "统计公报", year: 2024, date: "2024-03-20"},
	},
	{
		"a bureau's name before a dash and the stamp (平江县统计局 - 2024-03-20 09:30:00) dates the page (a review finding on meta-257)", "r195_h28_author_dash_date_report.txt",
		"平江县2023年国民经济和社会发展统计公报\n平江县统计局 - 2024-03-20 09:30:00\n2023年，全县上下坚持稳中求进工作总基调，经济运行持续回升向好。\n",
		trapWant{title: "平江县2023年国民经济和社会发展统计公报", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "统计公报", year: 2024, date: "2024-03-20"},
	},
	{
		"an issuer before 关于印发 with the notice's name broken after the report (平江县人民政府关于印发2024年政府工作报告 / 重点工作责任分工的通知) is joined (a review finding on meta-257)", "r195_l12_bumen_guanyu_yinfa_fused.txt",
		"平江县人民政府关于印发2024年政府工作报告\n重点工作责任分工的通知\n各乡镇人民政府，县直各单位：\n现将分工方案印发给你们。\n",
		trapWant{title: "平江县人民政府关于印发2024年政府工作报告重点工作责任分工的通知", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"so is an office's (平江县人民政府办公室关于印发平江县2024年政府工作报告 / 重点工作任务分解方案的通知) (a review finding on meta-257)", "r195_l13_issuer_guanyu_yinfa_broken_two.txt",
		"平江县人民政府办公室关于印发平江县2024年政府工作报告\n重点工作任务分解方案的通知\n平政办发〔2024〕5号\n各乡镇人民政府，县直各单位：\n现将方案印发给你们，请认真抓好落实。\n",
		trapWant{title: "平江县人民政府办公室关于印发平江县2024年政府工作报告重点工作任务分解方案的通知", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2024, date: ""},
	},
	{
		"a headline 透过统计公报看… is a story's (a review finding on meta-257)", "r195_m13_touguo_communique_kan.txt",
		"透过统计公报看平江高质量发展\n发布时间：2024-03-25 来源：平江发布\n近日，县统计局发布统计公报，数据显示全县经济稳中向好。\n",
		trapWant{title: "透过统计公报看平江高质量发展", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2024, date: "2024-03-25"},
	},
	{
		"so is 从2023年统计公报看… with the year in digits (a review finding on meta-257)", "r195_m17_cong_nian_communique_kan_year.txt",
		"从2023年统计公报看平江高质量发展\n发布时间：2024-03-25 来源：平江发布\n近日，县统计局发布统计公报，数据显示全县经济稳中向好。\n",
		trapWant{title: "从2023年统计公报看平江高质量发展", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2024, date: "2024-03-25"},
	},
	{
		"a plan's line ending on 新局： (打开县域高质量发展新局：) is no addressees (a review finding on meta-257)", "r195_t30_notbureau_dakai_xianyu_xinju.txt",
		"关于印发《平江县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》的通知\n平江县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n打开县域高质量发展新局：\n“十四五”时期，全县将奋力谱写新篇章。\n第一章 发展基础\n",
		trapWant{title: "平江县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "五年规划纲要", year: 0, date: ""},
	},
	{
		"nor is 奋力谱写乡村振兴新局： (a review finding on meta-257)", "r195_t32_notbureau_xiangcun_pu_xinju.txt",
		"关于印发《平江县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》的通知\n平江县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n奋力谱写乡村振兴新局：\n“十四五”时期，全县将奋力谱写新篇章。\n第一章 发展基础\n",
		trapWant{title: "平江县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "五年规划纲要", year: 0, date: ""},
	},
	{
		"a repost's headline over its original's title (成都市十八屆人大三次會議… / 原標題:市十八屆…) is the page's title: 原标题 is no label of the page's own name (holdout1134/f02)", "r196_a01_repost_headline_over_original_title.txt",
		"成都市十八屆人大三次會議各代表團審議政府工作報告\n2025年02月27日08:06 | 來源:成都日報\n\n原標題:市十八屆人大三次會議各代表團審議政府工作報告\n2月26日下午,出席市十八屆人大三次會議的各代表團在駐地召開全體會議,審議政府工作報告,審查計劃報告和草案、預算報告和草案等。\n代表們結合自身工作實際,談感受、話發展,氣氛熱烈。大家一致認為,政府工作報告是一份求真務實、催人奮進的好報告,報告既全面客觀地總結了我市2024年的工作成績和經驗,又細致謀劃部署了2025年的總體工作思路和目標任務,總結成績實事求是、提出目標切實可行、分析問題全面透徹、謀劃工作措施得力,彰顯了實干擔當的精神和務實為民的情懷,干貨滿滿、振奮人心。\n",
		trapWant{title: "成都市十八届人大三次会议各代表团审议政府工作报告", province: "四川省", city: "成都市", district: "", level: "city", docType: "其他", year: 2025, date: "2025-02-27"},
	},
	{
		"a notice's name broken after the report it issues (关于印发区政府二〇一一年政府工作报告 / 任务分解的通知) is the whole notice's name, a notice's type (holdout1126/f01)", "r194_a01_issuing_notice_name_broken.txt",
		"文档库 最新最全的文档下载\n当前位置:文档库 › 镇政办发201115号\n\n镇政办发201115号\n\n镇政办发201115号\n镇政办发201115号\n\n镇政办发〔2011〕15号\n\n关于印发区政府二〇一一年政府工作报告\n\n任务分解的通知\n\n",
		trapWant{title: "关于印发区政府二〇一一年政府工作报告任务分解的通知", province: "", city: "", district: "", level: "", docType: "其他", year: 2011, date: ""},
	},
	{
		"an e-paper's edition line ending on its issue's day (第04版:两会特刊 2026年01月21日) dates the story (holdout1122/f05)", "r194_a02_edition_line_with_day.txt",
		"第04版:两会特刊 2026年01月21日\n\n定力如磐、斗志昂扬,拼出奋勇争先精气神\n\n句容:凝聚奋进力量 奏响发展强音\n\n  \n\n  \n\n  \n\n  \n\n  \n\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 2026, date: "2026-01-21"},
	},
	{
		"a meeting's time in a notice's head (会议时间：2024年1月20日 9:00) is no page's stamp: the 发布时间 under it dates the page (a review finding on meta-256)", "r193_Ba01_notice_meeting_time_before_pub.txt",
		"关于召开全县2024年经济工作会议的通知\n会议时间：2024年1月20日 9:00\n发布时间：2024-01-15 来源：平江县人民政府办公室\n各乡镇人民政府，县直各单位：\n经县人民政府研究，决定召开全县2024年经济工作会议，现将有关事项通知如下。\n",
		trapWant{title: "关于召开全县2024年经济工作会议的通知", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2024, date: "2024-01-15"},
	},
	{
		"nor is a deadline after other words (征求意见截止时间：2021-01-20 17:00) (a review finding on meta-256)", "r193_Ba03_zhengqiu_jiezhi_shijian_before_pub.txt",
		"关于征求《平江县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（征求意见稿）》意见的公告\n征求意见截止时间：2021-01-20 17:00\n发布时间：2021-01-05 来源：平江县发展和改革局\n为广泛听取社会各界意见，现将纲要草案公开征求意见。\n",
		trapWant{title: "关于征求《平江县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（征求意见稿）》意见的公告", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 2021, date: "2021-01-05"},
	},
	{
		"a registration deadline, the page's only date, dates nothing (a review finding on meta-256)", "r193_Ba04_baoming_jiezhi_only_date.txt",
		"平江县2024年政府工作报告民生实事项目公开征集\n报名截止时间：2023年12月20日 17:00\n为广泛听取群众意见，现面向社会公开征集2024年民生实事项目建议，欢迎大家积极参与。\n",
		trapWant{title: "平江县2024年政府工作报告民生实事项目公开征集", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a forum's reply (2楼 回复 游客 2021-03-05 12:00) dates the reply, not the report (a review finding on meta-256)", "r193_Ba12_forum_reply_floor.txt",
		"平江县2019年政府工作报告全文\n2楼 回复 游客 2021-03-05 12:00\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2018年工作回顾\n过去一年，全县地区生产总值增长7.8%。\n",
		trapWant{title: "平江县2019年政府工作报告", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a print time (打印时间：2025-06-01 10:22) dates nothing (a review finding on meta-256)", "r193_Ba16_print_time.txt",
		"平江县2019年国民经济和社会发展统计公报\n打印时间：2025-06-01 10:22\n2019年，全县上下坚持稳中求进工作总基调，经济运行总体平稳。\n一、综合\n全年地区生产总值完成320亿元，比上年增长7.0%。\n",
		trapWant{title: "平江县2019年国民经济和社会发展统计公报", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "统计公报", year: 0, date: ""},
	},
	{
		"a content farm's poster line with dashes in its date (TUhjnbcbe - 2023-1-28 17:34:00) dates its copy only (a review finding on meta-256)", "r193_Ba17_farm_poster_dash_date.txt",
		"平江县2019年政府工作报告\nTUhjnbcbe - 2023-1-28 17:34:00\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2018年工作回顾\n过去一年，全县地区生产总值增长7.8%。\n",
		trapWant{title: "平江县2019年政府工作报告", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"so does one with a Chinese poster's name (佚名 - 2023/1/28 17:34:00) (a review finding on meta-256)", "r193_Ba18_farm_poster_han_name.txt",
		"平江县2019年政府工作报告\n佚名 - 2023/1/28 17:34:00\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2018年工作回顾\n过去一年，全县地区生产总值增长7.8%。\n",
		trapWant{title: "平江县2019年政府工作报告", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a site's creation time (创建时间：) gives way to the 发布时间 under it (a review finding on meta-256)", "r193_Ba23_chuangjian_then_fabu_later.txt",
		"平江县2023年国民经济和社会发展统计公报\n创建时间：2024-03-01 08:00\n发布时间：2024-03-20 09:00 来源：县统计局\n2023年，全县上下坚持稳中求进工作总基调，经济运行持续回升向好。\n",
		trapWant{title: "平江县2023年国民经济和社会发展统计公报", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "统计公报", year: 2024, date: "2024-03-20"},
	},
	{
		"addressees naming bureaus with the county's full name (平江县发展和改革局、平江县财政局：) keep the notice's title (a review finding on meta-256)", "r193_Bb01_addr_full_county_name_bureaus.txt",
		"关于印发《平江县2024年国民经济和社会发展计划》的通知\n平江县2024年国民经济和社会发展计划\n平江县发展和改革局、平江县财政局：\n《平江县2024年国民经济和社会发展计划》已经县十八届人大四次会议审查批准，请对照目标任务抓好工作。\n平江县人民政府办公室\n2024年2月8日\n",
		trapWant{title: "关于印发《平江县2024年国民经济和社会发展计划》的通知", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-02-08"},
	},
	{
		"so does a province's bureau (湖南省统计局：) (a review finding on meta-256)", "r193_Bb03_addr_province_bureau_full.txt",
		"关于印发《平江县2024年国民经济和社会发展计划》的通知\n平江县2024年国民经济和社会发展计划\n湖南省统计局：\n《平江县2024年国民经济和社会发展计划》已经县十八届人大四次会议审查批准，请对照目标任务抓好工作。\n平江县人民政府办公室\n2024年2月8日\n",
		trapWant{title: "关于印发《平江县2024年国民经济和社会发展计划》的通知", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-02-08"},
	},
	{
		"a field label 具体责任单位： is no addressees (a review finding on meta-256)", "r193_Bb08_field_juti_zeren_danwei.txt",
		"关于印发《平江县2024年国民经济和社会发展计划》的通知\n平江县2024年国民经济和社会发展计划\n具体责任单位：\n《平江县2024年国民经济和社会发展计划》已经县十八届人大四次会议审查批准，请对照目标任务抓好工作。\n平江县人民政府办公室\n2024年2月8日\n",
		trapWant{title: "平江县2024年国民经济和社会发展计划", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-02-08"},
	},
	{
		"a plan's line 区域协调发展新格局： is no addressees (a review finding on meta-256)", "r193_Bb12_plan_heading_quyu_geju_colon.txt",
		"关于印发《平江县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》的通知\n平江县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n区域协调发展新格局：\n构建“一核两带三区”的空间发展格局，推动城乡融合发展。\n第一章 发展基础\n",
		trapWant{title: "平江县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "五年规划纲要", year: 0, date: ""},
	},
	{
		"a headline's verb 紧盯 before 目标任务落实 is no column label (a review finding on meta-256)", "r193_Bc01_jindeng_mubiao_renwu_luoshi.txt",
		"紧盯目标任务落实2024年宁乡市政府工作报告\n发布时间：2024-02-10 来源：宁乡市人民政府\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n一、2023年工作回顾\n过去一年，全市地区生产总值增长6.1%。\n",
		trapWant{title: "紧盯目标任务落实2024年宁乡市政府工作报告", province: "湖南省", city: "长沙市", district: "宁乡市", level: "county", docType: "政府工作报告", year: 2024, date: "2024-02-10"},
	},
	{
		"nor before a space and the rest of the headline (a review finding on meta-256)", "r193_Bc08_news_jindeng_space_rest.txt",
		"紧盯目标任务落实 宁乡市召开2024年政府工作报告重点任务推进会\n发布时间：2024-02-20 来源：宁乡市融媒体中心\n2月19日，宁乡市召开2024年政府工作报告重点任务推进会，市长出席会议并讲话。\n",
		trapWant{title: "紧盯目标任务落实宁乡市召开2024年政府工作报告重点任务推进会", province: "湖南省", city: "长沙市", district: "宁乡市", level: "county", docType: "其他", year: 2024, date: "2024-02-20"},
	},
	{
		"a zone meeting its parks' firms (株洲高新区与园区企业座谈) is the zone, no list of zones (a review finding on meta-256)", "r193_Bd02_yu_yuanqu_qiye_zuotan.txt",
		"株洲高新区与园区企业座谈 2023年经济运行稳中向好\n发布时间：2024-03-15 来源：市统计局\n2023年，园区实现规模工业增加值增长8%，固定资产投资增长6%。\n",
		trapWant{title: "株洲高新区与园区企业座谈2023年经济运行稳中向好", province: "湖南省", city: "株洲市", district: "株洲高新区", level: "county", docType: "其他", year: 2024, date: "2024-03-15"},
	},
	{
		"a zone and the industrial clusters (长沙经开区和各工业集中区) are a list, no district (a review finding on meta-256)", "r193_Bd03_he_gongye_jizhongqu.txt",
		"长沙经开区和各工业集中区2023年主要经济指标统计公报\n发布时间：2024-03-15 来源：市统计局\n2023年，园区实现规模工业增加值增长8%，固定资产投资增长6%。\n",
		trapWant{title: "长沙经开区和各工业集中区2023年主要经济指标统计公报", province: "湖南省", city: "长沙市", district: "", level: "city", docType: "统计公报", year: 2024, date: "2024-03-15"},
	},
	{
		"a zone followed by 及早 (株洲高新区及早兑现…) is the zone (a review finding on meta-256)", "r193_Bd07_ji_zao_verb.txt",
		"株洲高新区及早兑现开发区惠企政策 2023年经济运行稳中向好\n发布时间：2024-03-15 来源：市统计局\n2023年，园区实现规模工业增加值增长8%，固定资产投资增长6%。\n",
		trapWant{title: "株洲高新区及早兑现开发区惠企政策2023年经济运行稳中向好", province: "湖南省", city: "株洲市", district: "株洲高新区", level: "county", docType: "其他", year: 2024, date: "2024-03-15"},
	},
	{
		"a notice's first sentence under its addressees recalls the session its report was read to (2019年12月30日,区长在区十七届人民代表大会第四次会议所作的《政府工作报告》…): no meeting date, the notice is of its page's day (holdout1114/f03)", "r192_a01_notice_lead_recalls_session.txt",
		"索引号: | 11341602003166647K/202004-00328 | 信息分类: | 规范性文件 |\n发布机构: | 谯城区政府(办公室) | 主题分类: | 综合政务 / 公民 / 通知 |\n成文日期: | 发布日期: | 2020-04-09 08:44 | |\n发文字号: | 无 | 有 效 性: | 失效 |\n标 题: | 亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知 | ||\n政策咨询机关: | 政策咨询电话: |\n索引号: | 11341602003166647K/202004-00328 | ||\n信息分类: | 规范性文件 | ||\n发布机构: | 谯城区政府(办公室) | ||\n主题分类: | 综合政务 / 公民 / 通知 | ||\n成文日期: | |||\n发布日期: | 2020-04-09 | ||\n发文字号: | 无 | ||\n有 效 性: | 失效 | ||\n标 题: | 亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知 | ||\n政策咨询机关: | |||\n政策咨询电话: |\n各乡镇人民政府、街道办事处,区政府各部门、各直属机构:\n2019年12月30日,区委副书记、区长在区十七届人民代表大会第四次次会议所作的《政府工作报告》安排部署了今年谯城区经济社会发展的主要工作任务。为进一步明确职责、推动落实,经区政府研究同意,现将《谯城区2020年度政府工作报告重点工作任务分解表》印发给你们,请按照要求,结合实际认真抓好落实。\n一、高度重视,夯实责任。各责任单位主要负责人要进一步树立目标导向,紧紧围绕2020年政府工作报告重点工作任务,将所承担任务进一步明确、细化。要压实责任,强化担当,建立分工明确、责任到人的工作机制,做到安排部署到位、组织实施到位、工作落实到位,形成一级抓一级、层层抓落实的工作局面。\n二、主动作为,强化协作。主要责任单位要与协同配合单位加强沟通联系,协同配合单位要服从工作大局,齐心协力推进政府工作报告重点工作任务完成。各",
		trapWant{title: "亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知", province: "安徽省", city: "亳州市", district: "谯城区", level: "county", docType: "其他", year: 2020, date: "2020-04-09"},
	},
	{
		"a page run on in one line gives its stamp after the title with its source (…公报(全文)2016年02月29日 10:05 来源:中国经济网…) (holdout1113/f03)", "r192_a02_run_on_stamp_source.txt",
		"2015年国家统计局主要统计信息发布日程表\n\n合集下载\n\n2015年国民经济和社会发展统计公报\n\n2015年国民经济和社会发展统计公报\n\n2015年国民经济和社会发展统计公报(全文)2016年02月29日 10:05 来源:中国经济网中华人民共和国2015 年国民经济和社会发展统计公报中华人民共和国国家统计局2016 年 2 月 29 日2015 年,面对错综复杂的国际形势和艰巨繁重的国内改革发展稳定任务,党中央、国务院团结带领全国各族人民,按照“五位一体”总体布局和“四个全面”战略布局的总要求,牢固树立和贯彻落实创新、协调、绿色、开放、共享的发展理念,适应经济发展新常态,坚持改革开放,坚持稳中求进工作总基调,坚持稳增长、调结构、惠民生、防风险,不断创新宏观调控思路与方式,深入推进结构性改革,扎实推动大众创业万众创新,努力促进经济保持中高速增长、迈向中高端水平,转型升级步伐加快,改革开放不断深化,民生事业持续进步,经济社会发展迈上新台阶,实现了“十二五”圆满收官,为“十三五”经济社会发展、决胜全面建成小康社会奠定了坚实基础。\n",
		trapWant{title: "2015年国民经济和社会发展统计公报", province: "", city: "", district: "", level: "", docType: "统计公报", year: 2016, date: "2016-02-29"},
	},
	{
		"the speaker, the day letter-spaced and the session on one line (温家宝 2011 年 3 月 5 日 第十一届全国人民代表大会第四次会议) date the report (holdout1113/f08)", "r192_a03_speaker_spaced_date_session.txt",
		"温家宝 2011 年 3 月 5 日 第十一届全国人民代表大会第四次会议\n\n各位代表: 各位代表: Fellow Deputies,\n\n现在,我代表国务院,向大会作政府工作报告,请各位代表审议,并请 全国政协委员提出意见。 On behalf of the State Council,I now present to you my report on the work of the government for your deliberation and approval.I also invite the members of the National Committee of the Chinese People's Political Consultative Conference(CPPCC) to submit comments and suggestions.\n",
		trapWant{title: "政府工作报告", province: "", city: "", district: "", level: "national", docType: "政府工作报告", year: 2011, date: "2011-03-05"},
	},
	{
		"a headline telling what a communiqué shows (…——2019年统计公报透出经济社会发展新看点) is a story's (holdout1112/f02)", "r192_a04_communique_told_headline.txt",
		"综合国力迈上新台阶——2019年统计公报透出经济社会发展新看点\n\n来源:新华社 发布时间:2020-03-02 08:44 浏览量:34125\n\n新华社北京2月28日电 题:综合国力迈上新台阶——2019年统计公报透出经济社会发展新看点\n\n新华社记者陈炜伟、姜琳\n\n国家统计局28日发布2019年国民经济和社会发展统计公报。从经济规模到经济结构,从科技创新到生态文明,从社会事业到人民生活,统计公报勾勒了我国经济社会发展的新图景。\n",
		trapWant{title: "综合国力迈上新台阶——2019年统计公报透出经济社会发展新看点", province: "", city: "", district: "", level: "", docType: "其他", year: 2020, date: "2020-03-02"},
	},
	{
		"a dispatch that names the report and gives its abstract (…审查《关于2021年中央和地方预算执行情况与…的报告》。摘要如下:) is titled by that name (holdout1118/f07)", "r192_a05_abstract_named_before_text.txt",
		"新華社北京3月5日電 受國務院委託,財政部3月5日提請十三屆全國人大五次會議審查《關於2021年中央和地方預算執行情況與2022年中央和地方預算草案的報告》。摘要如下:\n一、2021年中央和地方預算執行情況\n堅決落實黨中央、國務院決策部署,嚴格執行十三屆全國人大四次會議審查批准的預算,中央和地方預算執行情況較好。\n(一)2021年一般公共預算收支情況。\n",
		trapWant{title: "关于2021年中央和地方预算执行情况与2022年中央和地方预算草案的报告", province: "", city: "", district: "", level: "national", docType: "预算报告", year: 2022, date: ""},
	},
	{
		"a page's stamp under its headline, labelled 创建时间 with its clock time (创建时间:2008-03-01 00:00 来源:…), dates the story (holdout909/f08)", "r191_a01_chuangjian_shijian_stamp.txt",
		"圆满完成各项议程 市十二届人大三次会议胜利闭幕\n创建时间:2008-03-01 00:00 来源:汕头市人民代表大会常务委员会\n市十二届人大三次会议圆满完成各项议程,于2月29日上午胜利闭幕。\n",
		trapWant{title: "圆满完成各项议程市十二届人大三次会议胜利闭幕", province: "广东省", city: "汕头市", district: "", level: "city", docType: "其他", year: 2008, date: "2008-03-01"},
	},
	{
		"so does a bare stamp with the author run on (2016-01-20 08:04:42易福进 来源: 厦门网) (holdout1099/f03)", "r191_a02_bare_stamp_author_source.txt",
		"您所在的位置:东南网 > 厦门频道首页> 时政 > 正文\n\n今年厦门经济社会发展预期目标:GDP增长8.5%\n\n2016-01-20 08:04:42易福进 来源: 厦门网  责任编辑: 刘玮   我来说两句\n分享到:\n\n \n\n    市十四届人大五次会议昨日开幕,市长裴金佳作政府工作报告。厦门日报记者 王火炎 摄\n\n海西晨报讯(厦门日报记者 陈冬 记者蔡樱柳)昨日上午,市十四届人大五次会议在厦门人民会堂开幕。来自各行各业的市人大代表肩负嘱托和使命参加大会,凝心聚力、共谋新一年发展大计。\n\n担任第一次全体会议主席团执行主席的是:王蒙徽、郑道溪、陈秋雄、杜明聪、陈昭扬、陈紫萱、陈津、黄锦坤、刘育生、陈琛、胡家榕。郑道溪主持会议。\n",
		trapWant{title: "今年厦门经济社会发展预期目标:GDP增长8.5%", province: "福建省", city: "厦门市", district: "", level: "city", docType: "其他", year: 2016, date: "2016-01-20"},
	},
	{
		"and a stamp at a line's start with the story run on after it (2022-02-16 22:392月16日晚,…) (holdout857/f08)", "r191_a03_stamp_run_on_story.txt",
		"来源:北纬29度\n2022-02-16 22:392月16日晚,市委书记郭大进,市委副书记、市长朱家伟,市委副书记罗永斌率队前往代表团讨论地点,看望出席昭通市第五届人民代表大会第一次会议的人大代表。\n郭大进与代表亲切握手问好,对大家为昭通经济社会发展作出的贡献表示感谢。郭大进说,召开市五届人大一次会议,代表们肩负着神圣使命。希望各位代表充分认识肩负的职责与使命,认真审议政府工作报告等大会各项报告,圆满完成会议各项任务,确保大会圆满成功。\n",
		trapWant{title: "", province: "云南省", city: "昭通市", district: "", level: "city", docType: "其他", year: 2022, date: "2022-02-16"},
	},
	{
		"and a site's name, empty cells and a stamp (活力二连 / / 2019-03-02 16:59) (holdout892/f02)", "r191_a04_site_slashes_stamp.txt",
		"二连浩特市第十五届人民代表大会第二次会议隆重开幕二连浩特\n\n活力二连 / / 2019-03-02 16:59\n\n2月26日,二连浩特市第十五届人民代表大会第二次会议隆重开幕。来自全市各条战线的市人大代表肩负着全市人民的重托,以饱满的政治热情出席盛会,履行宪法和法律赋予的神圣职权。会议认真总结了2018年经济社会发展成果,科学谋划2019年发展蓝图。  本次会议执行主席鞠树文、刘志平、乌拉、郁志云、任建禄、刘世生、包坚毅、董杰峰、王景、王艾明在主席台前排就座。  在主席台就座的还有大会主席团成员李维、贾伟东、闫红、杨金瑞、娜仁塔娜、张进虎、刘长春、孟克奥其尔、李志霞。  会议应到代表122名,实到代表 113名,符合法定人数。  上午8时30分,会议执行主席乌拉宣布会议开幕。与会代表全体起立,高唱国歌。\n\n",
		trapWant{title: "二连浩特市第十五届人民代表大会第二次会议隆重开幕二连浩特", province: "内蒙古自治区", city: "锡林郭勒盟", district: "二连浩特市", level: "county", docType: "其他", year: 2019, date: "2019-03-02"},
	},
	{
		"a labelled day after a column's label on the same line (栏目:成人教育  时间:2023-01-24) dates the page (holdout1070/f01)", "r191_a05_column_then_shijian.txt",
		"2022年“成绩单”亮相,2023年“施工图”发布,青浦将做好这六件大事\n\n栏目:成人教育  时间:2023-01-24\n手机版\n\n  1月6日,上海市青浦区第六届人民代表大会第三次会议开幕。青浦区2022年政府工作报告显示,回顾2022年,青浦区“成绩单”亮眼。进博保障圆满成功,实现了疫情防控“零感染”、展会运行“零事故”、安保维稳“零疏漏”,溢出效应持续放大,青浦分团连续5年签下上海交易团“首单”,意向采购金额再创历史新高。重大项目发力推进,237个重大项目完成投资574亿元,重大枢纽干线示范区城际线全面开工并明确接入虹桥枢纽,华为、网易、美的等一批重大产业项目建设跑出“加速度”。民生供给持续优化,第三轮社会事业三年行动计划进一步补齐民生短板,人均公园绿地面积增至10.5平方、绿化覆盖率达44%,PM2.5平均浓度下降6.9%,市级乡村振兴示范村增至8个、市级美丽乡村增至39个,居民人均可支配收入增幅高于全市平均水平。\n",
		trapWant{title: "2022年“成绩单”亮相,2023年“施工图”发布,青浦将做好这六件大事", province: "上海市", city: "上海市", district: "青浦区", level: "county", docType: "其他", year: 2023, date: "2023-01-24"},
	},
	{
		"so does 发布: before the day (发布:2025-02-09 来源:  作者:…) (holdout945/f01)", "r191_a06_fabu_label.txt",
		"欢迎来到第四师·可克达拉市网站\n首页 >> 新闻动态 >> 师市要闻 >> 详细内容\n可克达拉市二届人大五次会议各代表团认真审议政府工作报告 奋楫扬帆正当时 砥砺前行再出发\n发布:2025-02-09 来源:  作者:张佳玉  编审:融媒体中心  浏览量:128 \n\n  本报讯(记者 张佳玉 刘舜尧实习记者 崔裕)可克达拉市第二届人民代表大会第五次会议期间,各代表团召开会议,就政府工作报告及相关工作报告进行认真审议。代表们一致认为,报告总结成绩实事求是,分析形势客观准确,目标设定清晰合理,是一份求真务实、鼓舞人心、催人奋进的好报告。\n",
		trapWant{title: "可克达拉市二届人大五次会议各代表团认真审议政府工作报告奋楫扬帆正当时砥砺前行再出发", province: "新疆维吾尔自治区", city: "", district: "可克达拉市", level: "county", docType: "其他", year: 2025, date: "2025-02-09"},
	},
	{
		"and 刊发时间: with the paper's page after it (刊发时间:2018-02-04 A3版) (holdout919/f01)", "r191_a07_kanfa_shijian.txt",
		"阅读提示\n刊发时间:2018-02-04 A3版 作者: 【字体:大 中 小】\n2月2日下午,市四届人大一次会议开幕,市长张之政在所作的政府工作报告中回顾了第三届市人民政府工作取得的六方面成就。报告指出,第三届市人民政府在市委的坚强领导下,主动服务和融入国家发展战略,凝心聚力,攻坚克难,全面完成国民经济和社会发展“十二五”规划目标任务,启动实施“十三五”规划,经济平稳向好、社会和谐稳定、人民安居乐业,支撑临沧跨越发展的“四梁八柱”初步形成,实现了圆满收官,为全面建成小康社会、开启新征程奠定了坚实基础。\n回顾第三届市人民政府工作,报告主要总结了我市经济发展、“五网”基础设施建设、城乡人居环境治理、对外开放、保障改善民生、服务型政府建设等6个方面的发展成就,政府工作交出满意成绩单。",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 2018, date: "2018-02-04"},
	},
	{
		"addressees without 各 (县直有关单位：) are no field label: the notice keeps its title (a review finding on meta-255)", "r191_b01_addr_colon_youguan_danwei.txt",
		"关于印发《平江县2024年国民经济和社会发展计划》的通知\n平江县2024年国民经济和社会发展计划\n县直有关单位：\n《平江县2024年国民经济和社会发展计划》已经县十八届人大四次会议审查批准，请对照目标任务抓好工作。\n平江县人民政府办公室\n2024年2月8日\n",
		trapWant{title: "关于印发《平江县2024年国民经济和社会发展计划》的通知", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-02-08"},
	},
	{
		"a place's named bureaus with their colon (区发展和改革局、区科技创新局：) are addressees (a review finding on meta-255)", "r191_b02_addr_colon_keji_chuangxin_ju.txt",
		"关于印发《深圳市南山区2024年国民经济和社会发展计划》的通知\n深圳市南山区2024年国民经济和社会发展计划\n区发展和改革局、区科技创新局：\n《深圳市南山区2024年国民经济和社会发展计划》已经区七届人大四次会议审查批准，请对照目标任务抓好工作。\n深圳市南山区人民政府办公室\n2024年2月8日\n",
		trapWant{title: "关于印发《深圳市南山区2024年国民经济和社会发展计划》的通知", province: "广东省", city: "深圳市", district: "南山区", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-02-08"},
	},
	{
		"a plan's numbered line ending on 局 (1.推动各项工作起好步开好局) is no addressees (a review finding on meta-255)", "r191_b03_heading_1dot_kaihaoju.txt",
		"关于印发《平江县2024年国民经济和社会发展计划》的通知\n平江县2024年国民经济和社会发展计划\n（2024年1月18日平江县第十八届人民代表大会第四次会议批准）\n1.推动各项工作起好步开好局\n坚持把发展经济的着力点放在实体经济上，地区生产总值增长6%左右。\n平江县人民政府\n2024年2月20日\n",
		trapWant{title: "平江县2024年国民经济和社会发展计划", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-01-18"},
	},
	{
		"nor its sentence ending on 开好局： (a review finding on meta-255)", "r191_b04_lead_colon_kaihaoju.txt",
		"关于印发《平江县2024年国民经济和社会发展计划》的通知\n平江县2024年国民经济和社会发展计划\n（2024年1月18日平江县第十八届人民代表大会第四次会议批准）\n全县上下要凝心聚力，确保各项事业起好步、开好局：\n坚持把发展经济的着力点放在实体经济上，地区生产总值增长6%左右。\n平江县人民政府\n2024年2月20日\n",
		trapWant{title: "平江县2024年国民经济和社会发展计划", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-01-18"},
	},
	{
		"two role labels on one line (牵头单位、配合单位：) are a field label, no addressees (a review finding on meta-255)", "r191_b05_field_qiantou_peihe_danwei.txt",
		"关于印发《平江县2024年国民经济和社会发展计划》的通知\n平江县2024年国民经济和社会发展计划\n（2024年1月18日平江县第十八届人民代表大会第四次会议批准）\n牵头单位、配合单位：\n坚持把发展经济的着力点放在实体经济上，地区生产总值增长6%左右。\n平江县人民政府\n2024年2月20日\n",
		trapWant{title: "平江县2024年国民经济和社会发展计划", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-01-18"},
	},
	{
		"so is a level before the role (县级牵头责任单位：) (a review finding on meta-255)", "r191_b06_field_xianji_qiantou_zeren.txt",
		"关于印发《平江县2024年国民经济和社会发展计划》的通知\n平江县2024年国民经济和社会发展计划\n（2024年1月18日平江县第十八届人民代表大会第四次会议批准）\n县级牵头责任单位：\n坚持把发展经济的着力点放在实体经济上，地区生产总值增长6%左右。\n平江县人民政府\n2024年2月20日\n",
		trapWant{title: "平江县2024年国民经济和社会发展计划", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-01-18"},
	},
	{
		"a column's label 重大项目推进 is cut before the report's title (a review finding on meta-255)", "r191_b07_column_zhongda_xiangmu_tuijin.txt",
		"重大项目推进2024年宁乡市政府工作报告\n发布时间：2024-02-10 来源：宁乡市人民政府\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n一、2023年工作回顾\n过去一年，全市地区生产总值增长6.1%。\n",
		trapWant{title: "2024年宁乡市政府工作报告", province: "湖南省", city: "长沙市", district: "宁乡市", level: "county", docType: "政府工作报告", year: 2024, date: "2024-02-10"},
	},
	{
		"so is 目标任务落实 (a review finding on meta-255)", "r191_b08_column_mubiao_renwu_luoshi.txt",
		"目标任务落实2024年宁乡市政府工作报告\n发布时间：2024-02-10 来源：宁乡市人民政府\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n一、2023年工作回顾\n过去一年，全市地区生产总值增长6.1%。\n",
		trapWant{title: "2024年宁乡市政府工作报告", province: "湖南省", city: "长沙市", district: "宁乡市", level: "county", docType: "政府工作报告", year: 2024, date: "2024-02-10"},
	},
	{
		"a list of a city's zones joined by 以及 (长沙市国家级经开区以及高新区) is no district (a review finding on meta-255)", "r191_b09_zone_list_yiji.txt",
		"长沙市国家级经开区以及高新区2023年主要经济指标统计公报\n发布时间：2024-03-15 来源：市统计局\n2023年，园区实现规模工业增加值增长8%，固定资产投资增长6%。\n",
		trapWant{title: "长沙市国家级经开区以及高新区2023年主要经济指标统计公报", province: "湖南省", city: "长沙市", district: "", level: "city", docType: "统计公报", year: 2024, date: "2024-03-15"},
	},
	{
		"nor one going on to a bonded zone (岳阳市国家级经开区、综保区) (a review finding on meta-255)", "r191_b10_zone_list_zongbaoqu.txt",
		"岳阳市国家级经开区、综保区2023年主要经济指标统计公报\n发布时间：2024-03-15 来源：市统计局\n2023年，园区实现规模工业增加值增长8%，固定资产投资增长6%。\n",
		trapWant{title: "岳阳市国家级经开区、综保区2023年主要经济指标统计公报", province: "湖南省", city: "岳阳市", district: "", level: "city", docType: "统计公报", year: 2024, date: "2024-03-15"},
	},
	{
		"a zone followed by 及时 (株洲高新区及时兑现开发区惠企政策) is the zone, no list (a review finding on meta-255)", "r191_b11_zone_jishi_prose.txt",
		"株洲高新区及时兑现开发区惠企政策 2023年经济运行稳中向好\n发布时间：2024-03-15 来源：株洲高新区管委会\n2023年，园区实现规模工业增加值增长8%，固定资产投资增长6%。\n",
		trapWant{title: "株洲高新区及时兑现开发区惠企政策2023年经济运行稳中向好", province: "湖南省", city: "株洲市", district: "株洲高新区", level: "county", docType: "其他", year: 2024, date: "2024-03-15"},
	},
	{
		"a notice's addressees alone without a colon ending on a named bureau (各县市区发展和改革局) keep the notice's title (a review finding on meta-254)", "r190_z01b_notice_bare_addressee_tongjiju_only.txt",
		"关于印发《岳阳市2024年国民经济和社会发展计划》的通知\n岳阳市2024年国民经济和社会发展计划\n各县市区发展和改革局\n《岳阳市2024年国民经济和社会发展计划》已经市八届人大四次会议审查批准，请对照抓好各项目标任务。\n岳阳市发展和改革委员会\n2024年2月6日\n",
		trapWant{title: "关于印发《岳阳市2024年国民经济和社会发展计划》的通知", province: "湖南省", city: "岳阳市", district: "", level: "city", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-02-06"},
	},
	{
		"so do addressees with a colon naming bureaus (县发展和改革局、县财政局、县统计局：) (a review finding on meta-254)", "r190_z02_notice_colon_addressee_ju_no_ge.txt",
		"关于印发《平江县2024年国民经济和社会发展计划》的通知\n平江县2024年国民经济和社会发展计划\n县发展和改革局、县财政局、县统计局：\n《平江县2024年国民经济和社会发展计划》已经县十八届人大四次会议审查批准，请对照目标任务抓好工作。\n平江县人民政府办公室\n2024年2月8日\n",
		trapWant{title: "关于印发《平江县2024年国民经济和社会发展计划》的通知", province: "湖南省", city: "岳阳市", district: "平江县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-02-08"},
	},
	{
		"and addressees with a bracket before 各 (市直（中省驻岳）各有关单位) (a review finding on meta-254)", "r190_z04_notice_bare_addressee_bracket_before_ge.txt",
		"关于印发《岳阳市2024年国民经济和社会发展计划》的通知\n岳阳市2024年国民经济和社会发展计划\n市直（中省驻岳）各有关单位\n《岳阳市2024年国民经济和社会发展计划》已经市八届人大四次会议审查批准，请对照目标任务抓好工作。\n岳阳市人民政府\n2024年2月6日\n",
		trapWant{title: "关于印发《岳阳市2024年国民经济和社会发展计划》的通知", province: "湖南省", city: "岳阳市", district: "", level: "city", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-02-06"},
	},
	{
		"a plan's field label alone (责任单位：) is no notice's addressees (a review finding on meta-254)", "r190_z05_plan_task_table_zeren_danwei.txt",
		"关于印发《湘阴县2024年国民经济和社会发展计划》的通知\n湘阴县2024年国民经济和社会发展计划\n（2024年1月12日湘阴县第十八届人民代表大会第四次会议批准）\n2024年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n重点任务：推进产业项目建设\n牵头单位：\n县发展和改革局\n一、2023年计划执行情况\n",
		trapWant{title: "湘阴县2024年国民经济和社会发展计划", province: "湖南省", city: "岳阳市", district: "湘阴县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-01-12"},
	},
	{
		"addressees ending on 委局 keep the notice's title (a review finding on meta-254)", "r190_z07_notice_bare_addressee_xianzhi_ge_weiju.txt",
		"关于印发《岳阳县2024年国民经济和社会发展计划》的通知\n岳阳县2024年国民经济和社会发展计划\n各乡镇人民政府，县直各委局\n《岳阳县2024年国民经济和社会发展计划》已经县十八届人大四次会议审查批准，请对照目标任务抓好工作。\n岳阳县人民政府\n2024年2月6日\n",
		trapWant{title: "关于印发《岳阳县2024年国民经济和社会发展计划》的通知", province: "湖南省", city: "岳阳市", district: "岳阳县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-02-06"},
	},
	{
		"a headline's verb before a column-like noun and verb (狠抓工作落实) is no label to cut (a review finding on meta-254)", "r190_z11_headline_henzhua_gongzuo_luoshi.txt",
		"狠抓工作落实 2024年政府工作报告确定的十件民生实事全部启动\n发布时间：2024-04-10 来源：宁乡市人民政府\n今年以来，宁乡市把2024年政府工作报告确定的十件民生实事逐项分解到责任单位。\n截至3月底，十件民生实事均已启动。\n",
		trapWant{title: "狠抓工作落实2024年政府工作报告确定的十件民生实事全部启动", province: "湖南省", city: "长沙市", district: "宁乡市", level: "county", docType: "其他", year: 2024, date: "2024-04-10"},
	},
	{
		"nor is 加快项目推进 (a review finding on meta-254)", "r190_z11c_headline_jiakuai_xiangmu_tuijin.txt",
		"加快项目推进 2024年重点建设项目计划下达\n发布时间：2024-02-28 来源：宁乡市发展和改革局\n近日，宁乡市下达2024年重点建设项目计划，共安排重点项目150个，年度计划投资320亿元。\n",
		trapWant{title: "加快项目推进2024年重点建设项目计划下达", province: "湖南省", city: "长沙市", district: "宁乡市", level: "county", docType: "其他", year: 2024, date: "2024-02-28"},
	},
	{
		"a list of a city's zones (长沙市国家级经开区、高新区) is no district (a review finding on meta-254)", "r190_z31_changsha_national_jingkai_gaoxin_list.txt",
		"长沙市国家级经开区、高新区2023年主要经济指标统计公报\n发布时间：2024-03-15 来源：市统计局\n2023年，全市4家国家级经开区和1家国家级高新区实现规模工业增加值增长8%。\n",
		trapWant{title: "长沙市国家级经开区、高新区2023年主要经济指标统计公报", province: "湖南省", city: "长沙市", district: "", level: "city", docType: "统计公报", year: 2024, date: "2024-03-15"},
	},
	{
		"a plan's heading ending on 格局 after 各 ((一)加快构建各具特色的…格局) is no notice's addressees: the plan's name under a bare notice title stays (a review finding on meta-253)", "r189_y01_plan_heading_ge_geju.txt",
		"关于印发《望城区2024年国民经济和社会发展计划》的通知\n望城区2024年国民经济和社会发展计划\n（2024年1月18日长沙市望城区第十八届人民代表大会第四次会议批准）\n2024年是实现“十四五”规划目标任务的关键一年，全区经济社会发展的总体要求和主要预期目标如下\n（一）加快构建各具特色的现代产业发展格局\n坚持把发展经济的着力点放在实体经济上，地区生产总值增长6%左右。\n（二）优化各类园区空间布局\n推动望城经开区提质升级。\n长沙市望城区人民政府\n2024年2月20日\n",
		trapWant{title: "望城区2024年国民经济和社会发展计划", province: "湖南省", city: "长沙市", district: "望城区", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-01-18"},
	},
	{
		"nor is one ending on 布局 (a review finding on meta-253)", "r189_y01c_plan_heading_ge_buju_only.txt",
		"关于印发《望城区2024年国民经济和社会发展计划》的通知\n望城区2024年国民经济和社会发展计划\n2024年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n（一）优化各类园区空间布局\n推动望城经开区提质升级。\n",
		trapWant{title: "望城区2024年国民经济和社会发展计划", province: "湖南省", city: "长沙市", district: "望城区", level: "county", docType: "国民经济和社会发展计划报告", year: 0, date: ""},
	},
	{
		"nor a portal's field label alone (发布单位：) (a review finding on meta-253)", "r189_y02b_plan_info_table_fabu_danwei.txt",
		"关于印发《芙蓉区2024年国民经济和社会发展计划》的通知\n芙蓉区2024年国民经济和社会发展计划\n发布单位：\n长沙市芙蓉区发展和改革局\n2024年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长3%。\n",
		trapWant{title: "芙蓉区2024年国民经济和社会发展计划", province: "湖南省", city: "长沙市", district: "芙蓉区", level: "county", docType: "国民经济和社会发展计划报告", year: 0, date: ""},
	},
	{
		"nor the plan's sentence …事项参照执行。 (a review finding on meta-253)", "r189_y04_plan_body_canzhao_zhixing.txt",
		"关于印发《天心区2024年国民经济和社会发展计划》的通知\n天心区2024年国民经济和社会发展计划\n（2024年1月20日天心区第十八届人民代表大会第四次会议批准）\n全区各级各部门要对照计划确定的目标任务，层层分解，其他未列入的事项参照执行。\n一、2023年计划执行情况\n地区生产总值增长5.5%。\n",
		trapWant{title: "天心区2024年国民经济和社会发展计划", province: "湖南省", city: "长沙市", district: "天心区", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-01-20"},
	},
	{
		"a column's noun and verb (重点项目推进) before a title is a label to cut (a review finding on meta-253)", "r189_y11_column_label_zhongdian_xiangmu_tuijin.txt",
		"重点项目推进2024年政府工作报告\n发布时间：2024-02-10 来源：宁乡市人民政府\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n一、2023年工作回顾\n",
		trapWant{title: "2024年政府工作报告", province: "湖南省", city: "长沙市", district: "宁乡市", level: "county", docType: "政府工作报告", year: 2024, date: "2024-02-10"},
	},
	{
		"so is 十四五规划实施 (a review finding on meta-253)", "r189_y13_column_label_shisiwu_guihua_shishi.txt",
		"十四五规划实施宁乡市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n发布时间：2021-03-10 来源：宁乡市人民政府\n第一章 发展基础\n",
		trapWant{title: "宁乡市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", province: "湖南省", city: "长沙市", district: "宁乡市", level: "county", docType: "五年规划纲要", year: 2021, date: "2021-03-10"},
	},
	{
		"and 督办落实 (a review finding on meta-253)", "r189_y15_column_label_duicha_luoshi_dubanluoshi.txt",
		"督办落实2024年政府工作报告\n发布时间：2024-02-10 来源：宁乡市人民政府\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n",
		trapWant{title: "2024年政府工作报告", province: "湖南省", city: "长沙市", district: "宁乡市", level: "county", docType: "政府工作报告", year: 2024, date: "2024-02-10"},
	},
	{
		"a Party committee alone over its decision's 关于 title (…的决定) opens it (a review finding on meta-253)", "r189_y21_party_committee_over_jueding.txt",
		"中共吉首市委\n关于深入贯彻落实党的二十届三中全会精神进一步全面深化改革的决定\n（2024年9月20日中国共产党吉首市第九届委员会第七次全体会议通过）\n为深入贯彻落实党的二十届三中全会精神，市委九届七次全会研究了进一步全面深化改革的若干重大问题，作出如下决定。\n",
		trapWant{title: "中共吉首市委关于深入贯彻落实党的二十届三中全会精神进一步全面深化改革的决定", province: "湖南省", city: "湘西土家族苗族自治州", district: "吉首市", level: "county", docType: "其他", year: 2024, date: "2024-09-20"},
	},
	{
		"so does one over its proposal's draft (…的建议（征求意见稿）) (a review finding on meta-253)", "r189_y25_party_committee_over_jianyi_zhengqiu.txt",
		"中共泸溪县委\n关于制定泸溪县国民经济和社会发展第十五个五年规划的建议（征求意见稿）\n“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。\n",
		trapWant{title: "中共泸溪县委关于制定泸溪县国民经济和社会发展第十五个五年规划的建议（征求意见稿）", province: "湖南省", city: "湘西土家族苗族自治州", district: "泸溪县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a city's one national high-tech zone (株洲市国家级高新区) is a district (a review finding on meta-253)", "r189_y31_zhuzhou_national_gaoxinqu.txt",
		"株洲市国家级高新区2024年政府工作报告\n发布时间：2024-02-10 来源：株洲高新区管委会\n各位代表：\n现在，我代表管委会向大会报告工作，请予审议。\n",
		trapWant{title: "株洲市国家级高新区2024年政府工作报告", province: "湖南省", city: "株洲市", district: "株洲市国家级高新区", level: "county", docType: "政府工作报告", year: 2024, date: "2024-02-10"},
	},
	{
		"an announcement's number (2025年第1号公告：) before a report it prints is cut, 关于 or not (a review finding on meta-253)", "r189_y41_announcement_number_place_report.txt",
		"2025年第1号公告：舒城县2024年度预算执行和其他财政收支的审计工作报告\n——2025年8月20日在舒城县第十八届人民代表大会常务委员会第二十次会议上\n信息来源:县审计局 发布时间:2025-08-25 10:05\n主任、各位副主任、秘书长、各位委员：\n",
		trapWant{title: "舒城县2024年度预算执行和其他财政收支的审计工作报告", province: "安徽省", city: "六安市", district: "舒城县", level: "county", docType: "其他", year: 2025, date: "2025-08-20"},
	},
	{
		"so is one set off by a dash (…审计结果公告——关于…) (a review finding on meta-253)", "r189_y43_audit_announcement_number_dash.txt",
		"2025年第1号审计结果公告——关于六安市本级2024年度预算执行和其他财政收支的审计工作报告\n——2025年7月23日在六安市第六届人民代表大会常务委员会第二十七次会议上\n信息来源:市审计局 发布时间:2025-08-05 16:05\n主任、各位副主任、秘书长、各位委员:\n",
		trapWant{title: "关于六安市本级2024年度预算执行和其他财政收支的审计工作报告", province: "安徽省", city: "六安市", district: "", level: "city", docType: "其他", year: 2025, date: "2025-07-23"},
	},
	{
		"a forwarding letter (…的函) keeps its own date over its attachment's signed month (a review finding on meta-253)", "r189_y51_forward_han_with_attachment_signed_month.txt",
		"关于转送《天心区“十四五”规划纲要实施中期评估报告》的函\n索引号：430103-2024-00045 成文日期：2024-09-10 发布日期：2024-09-12\n发文机关：长沙市天心区人民政府办公室\n区人大常委会办公室：\n现将区发改局《天心区“十四五”规划纲要实施中期评估报告》转送你们，请审阅。\n附件：天心区“十四五”规划纲要实施中期评估报告\n天心区发展和改革局\n二〇二三年十二月\n",
		trapWant{title: "关于转送《天心区“十四五”规划纲要实施中期评估报告》的函", province: "湖南省", city: "长沙市", district: "天心区", level: "county", docType: "其他", year: 2024, date: "2024-09-10"},
	},
	{
		"an English report title over five labelled lines and its meeting line is the title (a review finding on meta-253)", "r189_y62_english_five_labels.txt",
		"Huai'an China Government\nReport on the Work of the Government (January 16, 2024)\nReleased: 2024-03-01\nSource: Huai'an Daily\nReporter: Zhang Yu\nTranslated by: Wang Fang\nEdited by: Li Na\n\n--Delivered at the Fourth Session of the Ninth Huai'an Municipal People's Congress on January 16, 2024\n\nFellow Deputies,\n\nOn behalf of the Huai'an Municipal People's Government, I will now report to you on the work of the government and ask for your deliberation and approval.\n",
		trapWant{title: "Report on the Work of the Government (January 16, 2024)", province: "江苏省", city: "淮安市", district: "", level: "city", docType: "政府工作报告", year: 2024, date: "2024-01-16"},
	},
	{
		"so is one over a byline without a colon (By Li Na) (a review finding on meta-253)", "r189_y63_english_by_line_no_colon.txt",
		"Huai'an China Government\nReport on the Work of the Government (January 16, 2024)\nUpdated: 2024-03-01\nBy Li Na\n\n--Delivered at the Fourth Session of the Ninth Huai'an Municipal People's Congress on January 16, 2024\n\nFellow Deputies,\n\nOn behalf of the Huai'an Municipal People's Government, I will now report to you on the work of the government and ask for your deliberation and approval.\n",
		trapWant{title: "Report on the Work of the Government (January 16, 2024)", province: "江苏省", city: "淮安市", district: "", level: "city", docType: "政府工作报告", year: 2024, date: "2024-01-16"},
	},
	{
		"a notice's addressees that do not open on 各, with their colon (区政府各部门、各直属机构，各街道办事处：), keep the notice's title (a review finding on meta-252)", "r188_x01b_notice_addressee_no_ge_colon_plan.txt",
		"首页\n政务公开\n当前位置：首页 > 政务公开 > 通知公告\n关于印发《望城区2024年国民经济和社会发展计划》的通知\n望城区2024年国民经济和社会发展计划\n区政府各部门、各直属机构，各街道办事处：\n《望城区2024年国民经济和社会发展计划》已经区第十八届人民代表大会第四次会议审议批准，请认真抓好贯彻落实。\n长沙市望城区人民政府\n2024年2月20日\n",
		trapWant{title: "关于印发《望城区2024年国民经济和社会发展计划》的通知", province: "湖南省", city: "长沙市", district: "望城区", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-02-20"},
	},
	{
		"so do addressees without a colon ending on 委、办、局 (a review finding on meta-252)", "r188_x02_notice_bare_addressee_weibanju.txt",
		"关于印发《芙蓉区2024年国民经济和社会发展计划》的通知\n芙蓉区2024年国民经济和社会发展计划\n各街道办事处，区政府各委、办、局\n《芙蓉区2024年国民经济和社会发展计划》已经区十八届人大四次会议审议批准，请结合工作实际认真组织落实。\n长沙市芙蓉区人民政府\n2024年2月1日\n2024年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n",
		trapWant{title: "关于印发《芙蓉区2024年国民经济和社会发展计划》的通知", province: "湖南省", city: "长沙市", district: "芙蓉区", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-02-01"},
	},
	{
		"and 现将《…》予以印发 with no addressees (a review finding on meta-252)", "r188_x04b_notice_xianjiang_yiyu_no_addressee.txt",
		"关于印发《开福区2024年国民经济和社会发展计划》的通知\n开福区2024年国民经济和社会发展计划\n现将《开福区2024年国民经济和社会发展计划》予以印发，请各单位对照抓好落实。\n长沙市开福区人民政府办公室\n2024年1月30日\n",
		trapWant{title: "关于印发《开福区2024年国民经济和社会发展计划》的通知", province: "湖南省", city: "长沙市", district: "开福区", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-01-30"},
	},
	{
		"and 现将《…》印发你们，请参照执行 (a review finding on meta-252)", "r188_x04c_notice_xianjiang_yinfa_ni_canzhao.txt",
		"关于印发《天心区2024年国民经济和社会发展计划》的通知\n天心区2024年国民经济和社会发展计划\n现将《天心区2024年国民经济和社会发展计划》印发你们，请参照执行。\n长沙市天心区人民政府办公室\n2024年1月30日\n",
		trapWant{title: "关于印发《天心区2024年国民经济和社会发展计划》的通知", province: "湖南省", city: "长沙市", district: "天心区", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-01-30"},
	},
	{
		"a city's national zones as a group (长沙市国家级开发区) are no district (a review finding on meta-252)", "r188_x21_changsha_national_kaifaqu_class.txt",
		"长沙市国家级开发区2023年发展情况报告\n发布时间：2024-02-10 来源：市商务局\n2023年，全市5家国家级开发区实现技工贸总收入1.2万亿元，增长8%。\n",
		trapWant{title: "长沙市国家级开发区2023年发展情况报告", province: "湖南省", city: "长沙市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-02-10"},
	},
	{
		"a forwarding notice keeps its 成文日期 over the month its attachment is signed in (a review finding on meta-252)", "r188_x31b_forward_notice_with_attachment_signed_month.txt",
		"关于转发《天心区“十四五”规划纲要实施中期评估报告》的通知\n索引号：430103-2024-00045 成文日期：2024-09-10 发布日期：2024-09-12\n发文机关：长沙市天心区人民政府办公室\n各街道办事处、区直各单位：\n现将区发改局《天心区“十四五”规划纲要实施中期评估报告》转发给你们，请结合实际抓好落实。\n附件：天心区“十四五”规划纲要实施中期评估报告\n天心区发展和改革局\n二〇二三年十二月\n",
		trapWant{title: "关于转发《天心区“十四五”规划纲要实施中期评估报告》的通知", province: "湖南省", city: "长沙市", district: "天心区", level: "county", docType: "其他", year: 2024, date: "2024-09-10"},
	},
	{
		"an English report title over four labelled lines (Date, Source, Author, Editor) and its meeting line is the title (a review finding on meta-252)", "r188_x42d_english_four_labels.txt",
		"Huai'an China Government\nReport on the Work of the Government (January 16, 2024)\nDate: 2024-03-01\nSource: Huai'an Daily\nAuthor: Zhang Yu\nEditor: Li Na\n\n--Delivered at the Fourth Session of the Ninth Huai'an Municipal People's Congress on January 16, 2024\n\nFellow Deputies,\n\nOn behalf of the Huai'an Municipal People's Government, I will now report to you on the work of the government and ask for your deliberation and approval.\n\nI. Review of Work in 2023\n\nIn the past year, the GDP of the city grew by 7.8 percent.\n",
		trapWant{title: "Report on the Work of the Government (January 16, 2024)", province: "江苏省", city: "淮安市", district: "", level: "city", docType: "政府工作报告", year: 2024, date: "2024-01-16"},
	},
	{
		"so is one over a Writer: line (a review finding on meta-252)", "r188_x49_english_writer.txt",
		"Huai'an China Government\nReport on the Work of the Government (January 16, 2024)\nDate: 2024-03-01\nWriter: Li Na\n\n--Delivered at the Fourth Session of the Ninth Huai'an Municipal People's Congress on January 16, 2024\n\nFellow Deputies,\n\nOn behalf of the Huai'an Municipal People's Government, I will now report to you on the work of the government and ask for your deliberation and approval.\n\nI. Review of Work in 2023\n\nIn the past year, the GDP of the city grew by 7.8 percent.\n",
		trapWant{title: "Report on the Work of the Government (January 16, 2024)", province: "江苏省", city: "淮安市", district: "", level: "city", docType: "政府工作报告", year: 2024, date: "2024-01-16"},
	},
	{
		"a headline's adverb and verb (稳步推进) before a report's tasks is no label (a review finding on meta-252)", "r188_x50_wenbu_tuijin_label.txt",
		"稳步推进2024年政府工作报告重点任务\n发布时间：2024-05-10 来源：宁乡市人民政府\n今年以来，宁乡市紧扣政府工作报告确定的目标任务，逐项抓好落实。\n",
		trapWant{title: "稳步推进2024年政府工作报告重点任务", province: "湖南省", city: "长沙市", district: "宁乡市", level: "county", docType: "其他", year: 2024, date: "2024-05-10"},
	},
	{
		"nor is 狠抓落实 before a report's name: the story keeps its headline (a review finding on meta-252)", "r188_x57_henzhua_luoshi.txt",
		"狠抓落实2024年政府工作报告\n发布时间：2024-05-10 来源：宁乡市人民政府\n今年以来，宁乡市紧扣政府工作报告确定的目标任务，逐项抓好落实。\n",
		trapWant{title: "狠抓落实2024年政府工作报告", province: "湖南省", city: "长沙市", district: "宁乡市", level: "county", docType: "政府工作报告", year: 2024, date: "2024-05-10"},
	},
	{
		"nor 确保完成 before a plan's name (a review finding on meta-252)", "r188_x58_queb_wancheng.txt",
		"确保完成2024年国民经济和社会发展计划\n发布时间：2024-05-10 来源：宁乡市人民政府\n今年以来，宁乡市紧扣政府工作报告确定的目标任务，逐项抓好落实。\n",
		trapWant{title: "确保完成2024年国民经济和社会发展计划", province: "湖南省", city: "长沙市", district: "宁乡市", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-05-10"},
	},
	{
		"an audit announcement's number (2025年第1号审计结果公告：) before a 关于 title is cut (a review finding on meta-252)", "r188_x70_audit_announcement_number.txt",
		"2025年第1号审计结果公告：关于六安市本级2024年度预算执行和其他财政收支的审计工作报告\n——2025年7月23日在六安市第六届人民代表大会常务委员会第二十七次会议上\n信息来源:市审计局 发布时间:2025-08-05 16:05\n主任、各位副主任、秘书长、各位委员:\n",
		trapWant{title: "关于六安市本级2024年度预算执行和其他财政收支的审计工作报告", province: "安徽省", city: "六安市", district: "", level: "city", docType: "其他", year: 2025, date: "2025-07-23"},
	},
	{
		"a Party committee over a note on its proposal (关于《…建议》的说明) does not open the note's title (a review finding on meta-252)", "r188_x72_party_committee_over_shuoming.txt",
		"中共吉首市委\n关于《中共吉首市委关于制定吉首市国民经济和社会发展第十五个五年规划的建议》的说明\n张三\n受市委常委会委托，我就《建议》起草的有关情况向全会作说明。\n",
		trapWant{title: "关于《中共吉首市委关于制定吉首市国民经济和社会发展第十五个五年规划的建议》的说明", province: "湖南省", city: "湘西土家族苗族自治州", district: "吉首市", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a Party committee by its full name (中国共产党吉首市委员会) opens its proposal's title (a review finding on meta-252)", "r188_x73_zhongguo_gongchandang_full_name.txt",
		"中国共产党吉首市委员会\n关于制定吉首市国民经济和社会发展第十五个五年规划的建议\n（2025年12月17日中国共产党吉首市第九届委员会第九次全体会议通过）\n“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。\n",
		trapWant{title: "中国共产党吉首市委员会关于制定吉首市国民经济和社会发展第十五个五年规划的建议", province: "湖南省", city: "湘西土家族苗族自治州", district: "吉首市", level: "county", docType: "其他", year: 2025, date: "2025-12-17"},
	},
	{
		"a Party committee's masthead over a plan report's 关于 title does not open it (a review finding on meta-252)", "r188_x74_party_committee_over_gov_report.txt",
		"中共凤凰县委\n关于凤凰县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n——2024年1月12日在凤凰县第十八届人民代表大会第四次会议上\n县发展和改革局局长 田明\n各位代表：\n",
		trapWant{title: "关于凤凰县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告", province: "湖南省", city: "湘西土家族苗族自治州", district: "凤凰县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-01-12"},
	},
	{
		"an announcement's number with its total (2025年第3号公告（总第15号）：) before a 关于 title is cut (a review finding on meta-252)", "r188_x76_announcement_number_paren.txt",
		"2025年第3号公告（总第15号）：关于舒城县2024年度预算执行和其他财政收支的审计工作报告\n——2025年8月20日在舒城县第十八届人民代表大会常务委员会第二十次会议上\n信息来源:县审计局 发布时间:2025-08-25 10:05\n",
		trapWant{title: "关于舒城县2024年度预算执行和其他财政收支的审计工作报告", province: "安徽省", city: "六安市", district: "舒城县", level: "county", docType: "其他", year: 2025, date: "2025-08-20"},
	},
	{
		"an announcement's number and its colon (2025年第1号公告:) before an audit report's 关于 title is cut (holdout1101/f02)", "r187_z01_announcement_number_before_about.txt",
		"2025年第1号公告:关于六安市本级2024年度预算执行和其他财政收支的审计工作报告\n\n——2025年7月23日在六安市第六届人民代表大会常务委员会第二十七次会议上\n\n浏览次数:信息来源:市审计局发布时间:2025-08-05 16:05\n字号:\n\n审计局局长  刘俊青\n\n \n\n主任、各位副主任、秘书长、各位委员:\n\n我受市政府委托,报告市本级2024年度预算执行和其他财政收支的审计情况,请予审议。\n\n根据《中华人民共和国审计法》和五届市委审计委员会第八次会议批准的2025年审计项目计划,市审计局对市本级2024年度预算执行和其他财政收支情况进行了审计。审计结果表明,2024年全市各级各部门坚持以习近平新时代中国特色社会主义思想为指导,认真落实市委、市政府决策部署,坚持“稳中求进、以进促稳、先立后破”工作总基调,完整、准确、全面贯彻新发展理念,认真落实积极的财政政策,各项工作取得新进展新成效,为全年经济社会发展目标任务的完成提供了有力财政支撑。\n\n一是强化收入统筹,提升财政保障能力。财政收入稳中有进,全市一般公共预算收入178.82亿元,同比增长3%。争取上级资金成效显著,累计争取资金416.41亿元,较上年增加44.3亿元,增幅11.9%。存量资产盘活增效,分领域、分类别建立闲置低效国有资产资源台账,常态化推进盘活利用工作。\n\n二是聚焦支出效能,助力经济回稳向好。扩大投资精准发力,积极争取中央预算内投资15.24亿元,发行专项债券49.39亿元,统筹市级财力8.97亿元,重点支持重大项目建设。多措并举促消费稳增长,争取大规模设备更新和消费品以旧换新项目资金6.79亿元,兑现购房补贴0.79亿元,多维度激发市场消费活力。\n\n三是筑牢风险防线,强化财政安全管理。完善债务风险防控体系,制定一揽子化债方案争取中央",
		trapWant{title: "关于六安市本级2024年度预算执行和其他财政收支的审计工作报告", province: "安徽省", city: "六安市", district: "", level: "city", docType: "其他", year: 2025, date: "2025-07-23"},
	},
	{
		"a site's news licence line (互联网新闻信息许可证:61120180013) is furniture, no title (holdout1103/f08)", "r187_z02_news_licence_line_over_headline.txt",
		"互联网新闻信息许可证:61120180013\n\n霍山县落儿岭镇第二十届人民代表大会 第三次会议顺利召开\n\n2024-04-29 17:03:53    方慕雪\n\n4月28日,安徽省六安市霍山县落儿岭镇第二十届人民代表大会第三次会议顺利召开,落儿岭镇全镇人大代表、列席代表共计60余人参加。\n\nIMG_4550\n\n会议审议通过了《政府工作报告》和《人大主席团工作报告》,审查批准了《财政预决算报告》,与会代表认真听取各项报告,分组讨论和审议各项决议草案,依照法定程序选举产生镇长1名,圆满完成会议既定各项议程。\n\nIMG_4606\n\n会议指出,2023年,落儿岭镇认真落实上级各项工作部署要求,真抓实干、埋头苦干、奋勇争先,取得了亮眼的发展成绩,交出了一份高分答卷,全镇经济社会发展呈现出了稳中有进、稳中向好的良好态势,为纵深推进宜居宜业和美乡村建设奠定了坚实基础。\n\n9a994e05e7621fe3eab8c1755f62095\n\n会议强调,2024年是中华人民共和国成立75周年,也是实现“十四五”规划目标任务的关键一年,做好今年的工作责任重大、使命光荣。全镇上下要抢抓机遇、跑步对接、全力争取各项政策资金支持,聚力抓好古桥畈白云庵片区和美乡村精品示范村创建,倾力打造“千万工程”乡村振兴样板,实现“打造全域旅游新业态、重铸山口明珠新辉煌”的发展目标。\n\n会议号召,全镇人大代表,广大党员干部、群众要更加勇毅前行、不懈奋斗,为奋力推进落儿岭镇全域绿色振兴发展,让全镇人民过上更加美好、更加幸福的生活而团结奋斗!\n\n来源:中国农科新闻网\n编辑:周雪晴\n陕ICP备13005735号-1 农业科技报社版权所有 联系电话:029-87031703 www.nkb.com.cn",
		trapWant{title: "霍山县落儿岭镇第二十届人民代表大会第三次会议顺利召开", province: "安徽省", city: "六安市", district: "霍山县", level: "county", docType: "其他", year: 2024, date: "2024-04-29"},
	},
	{
		"a Party committee alone over its proposal's 关于 title (中共吉首市委 / 关于制定…的建议) opens the title (holdout1101/f03)", "r187_z03_party_committee_line_over_about.txt",
		"中共吉首市委\n关于制定吉首市国民经济和社会发展\n第十五个五年规划的建议\n(2025年12月17日中国共产党吉首市第九届委员会\n第九次全体会议通过)\n“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期,是吉首市承载新时代高质量发展历史使命,后发赶超、奋勇争先的蓄势攻坚期。中共吉首市第九届委员会第九次全体会议全面分析国际国内形势,就制定吉首市国民经济和社会发展“十五五”规划提出以下建议。\n一、科学把握时代发展新态势\n1.“十四五”时期全市经济社会发展取得的显著成绩。“十四五”时期,面对错综复杂的发展环境和艰巨繁重的发展任务,全市上下坚持以习近平新时代中国特色社会主义思想为指导,认真落实中央、省委、州委决策部署,市委、市政府团结带领全市人民迎难而上、砥砺前行,深入贯彻落实党的二十大和二十届历次全会精神,积极贯彻新发展理念,全面融入新发展格局,着力打造“三区两地”、建设“五个湘西”,瞄准打造武陵山区生态文化旅游中心城市、建设州域经济核心增长极的目标,大力推进“强州府”战略实施,全市经济社会发展取得巨大成就,为“十五五”开启吉首高质量发展新篇章奠定了坚实基础。经济实力持续增强。地区生产总值从2020年的196.08亿元增长至2024年的242.33亿元,预计2025年突破251亿关口,“十四五”期间年均增长3.9%;地方一般公共预算收入从2020年10.87亿元增加到2024年的15.56亿元,2025年预计达到16.23亿元,预计年均增长8.35%,收入总量预计连续五年均保持全州首位。社会消费品零售总额“十四五”期间年均增长5.8%。外贸进出口总额由2020年的6.84亿元增长到2024年的8.5亿元,预计2025年外贸进出口额为7.56亿元。产业升级步伐加快。特色农业不断壮",
		trapWant{title: "中共吉首市委关于制定吉首市国民经济和社会发展第十五个五年规划的建议", province: "湖南省", city: "湘西土家族苗族自治州", district: "吉首市", level: "county", docType: "其他", year: 2025, date: "2025-12-17"},
	},
	{
		"a list of a press group's papers (大众日报 农村大众 … 国际日报山东版) is navigation, no title (holdout1098/f02)", "r187_z04_paper_list_navigation.txt",
		"首页 | 新闻 | 山东 | 教育 | 体育 | 财经 | 休闲 | 娱乐 | 健康 | 女性 | 人才 | 房产 | 短信 | 论坛\n大众日报 农村大众 齐鲁晚报 生活日报 鲁中晨报 半岛都市报 经济导报 城市信报 青年记者 成长先锋 国际日报山东版\n当前位置: 大众网主站 > 新闻 > 新闻专题 > 2006全国两会 > 最新报道\n\n十届全国人大四次会议主席团举行第二次会议\n\n2006-08-31 10:49:10 SRC-132\n   \n \n \n\n3月10日,十届全国人大四次会议主席团举行第二次会议  新华社记者 鞠鹏 摄 \n\n      新华网北京3月10日电 十届全国人大四次会议主席团10日下午在人民大会堂举行第二次会议。\n\n    主席团常务主席吴邦国主持会议。\n\n    3月5日至8日,代表们认真审议了政府工作报告,对国务院过去一年的工作给予充分肯定。代表们认为,国务院提出的今年的主要任务和工作部署,全面贯彻了科学发展观和构建社会主义和谐社会两大战略思想,体现了党的十六大和十六届三中、四中、五中全会精神,是积极的、切实可行的。根据代表审议意见,国务院对政府工作报告认真进行了修改,共修改17处,其中比较重要的修改有8处。\n\n    会议表决通过,决定将关于政府工作报告的决议草案,提交各代表团审议后,提请大会表决。\n\n    全国人大财政经济委员会主任委员傅志寰向主席团会议作了关于国民经济和社会发展第十一个五年规划纲要草案的审查结果报告。傅志寰说,财经委员会认为,纲要草案全面体现了《中共中央关于制定国民经济和社会发展第十一个五年规划的建议》的精神,坚持以科学发展观统领经济社会发展全局,按照必须保持经济平稳较快发展、必须加快转变经济增长方式、必须提高自主创新能力、必须促进城乡区域协调发展、必须加强和谐社会建设、必须不",
		trapWant{title: "十届全国人大四次会议主席团举行第二次会议", province: "", city: "", district: "", level: "national", docType: "其他", year: 2006, date: "2006-08-31"},
	},
	{
		"a 关于 heading cut mid-word with no mark (…计划草) under a menu finds its whole title past the date line (a review finding on meta-251)", "r186_wA01_deep_cut_midword_no_dots.txt",
		"首页\n机构概况\n政务公开\n政务服务\n互动交流\n专题专栏\n当前位置：首页 > 政务公开 > 规划计划\n关于南县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草\n来源：县发改局 日期：2024-01-20 09:30\n关于南县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n2024年1月15日在南县第十八届人民代表大会第四次会议上\n县发展和改革局局长 李明\n各位代表：\n受县人民政府委托，现向大会报告南县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案，请予审议。\n一、2023年国民经济和社会发展计划执行情况\n2023年，全县地区生产总值增长5.8%，一般公共预算收入完成10.2亿元。\n",
		trapWant{title: "关于南县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-01-15"},
	},
	{
		"so does one cut inside an open 《 (a review finding on meta-251)", "r186_wA02_deep_cut_open_shuming.txt",
		"首页\n机构概况\n政务公开\n政务服务\n互动交流\n专题专栏\n当前位置：首页 > 政务公开 > 规划计划\n南县人民政府关于印发《南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标\n发布时间：2021-03-12 来源：县政府办\n南县人民政府关于印发《南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》的通知\n各乡镇人民政府，县直各单位：\n现将《南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》印发给你们，请认真贯彻执行。\n南县人民政府\n2021年3月10日\n",
		trapWant{title: "南县人民政府关于印发《南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》的通知", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "五年规划纲要", year: 2021, date: "2021-03-10"},
	},
	{
		"and one cut with ⋯ (a review finding on meta-251)", "r186_wA03_deep_cut_u22ef.txt",
		"首页\n机构概况\n政务公开\n政务服务\n互动交流\n专题专栏\n当前位置：首页 > 政务公开 > 规划计划\n关于南县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划⋯\n来源：县发改局 日期：2024-01-20 09:30\n关于南县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划(草案)的报告\n2024年1月15日在南县第十八届人民代表大会第四次会议上\n县发展和改革局局长 李明\n各位代表：\n受县人民政府委托，现向大会报告南县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案，请予审议。\n一、2023年国民经济和社会发展计划执行情况\n2023年，全县地区生产总值增长5.8%，一般公共预算收入完成10.2亿元。\n",
		trapWant{title: "关于南县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划(草案)的报告", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-01-15"},
	},
	{
		"and one cut inside an open 【 (a review finding on meta-251)", "r186_wA07_deep_cut_open_fangkuohao.txt",
		"首页\n机构概况\n政务公开\n政务服务\n互动交流\n专题专栏\n当前位置：首页 > 政务公开 > 规划计划\n关于南县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划【草案\n来源：县发改局 日期：2024-01-20 09:30\n关于南县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划【草案】的报告\n2024年1月15日在南县第十八届人民代表大会第四次会议上\n各位代表：\n受县人民政府委托，现向大会报告计划执行情况。\n",
		trapWant{title: "关于南县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划【草案】的报告", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-01-15"},
	},
	{
		"a notice's title alone over an outline's name keeps giving the outline's name where the outline's own text says 请参照 (a review finding on meta-251)", "r186_wC03_bare_notice_outline_qingcanzhao_body.txt",
		"首页 > 政务公开 > 规划计划\n南县人民政府关于印发南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知\n南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n序言\n本纲要根据《中共南县县委关于制定南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制。\n第一章 发展基础\n“十三五”时期，全县地区生产总值年均增长7.5%。\n第二章 指导思想\n坚持以习近平新时代中国特色社会主义思想为指导。\n第三章 主要目标\n各项指标的统计口径请参照国家统计局有关规定执行。\n",
		trapWant{title: "南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "五年规划纲要", year: 0, date: ""},
	},
	{
		"a notice's addressees with a bracket and no colon (各乡（镇）人民政府，县直各单位) keep the notice's title (a review finding on meta-251)", "r186_wC05_notice_addressees_bracket_no_colon.txt",
		"首页 > 政务公开 > 文件\n南县人民政府关于印发南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知\n南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n各乡（镇）人民政府，县直各单位\n《南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》已经县十八届人大六次会议审查批准，请认真组织实施。\n南县人民政府\n2021年3月10日\n",
		trapWant{title: "南县人民政府关于印发南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "五年规划纲要", year: 2021, date: "2021-03-10"},
	},
	{
		"so does 请认真遵照执行 (a review finding on meta-251)", "r186_wC12_notice_qing_renzhen_zunzhao_zhixing.txt",
		"首页 > 政务公开 > 文件\n南县人民政府办公室关于印发南县2024年国民经济和社会发展计划的通知\n南县2024年国民经济和社会发展计划\n经县人民政府同意，请认真遵照执行。\n南县人民政府办公室\n2024年2月20日\n",
		trapWant{title: "南县人民政府办公室关于印发南县2024年国民经济和社会发展计划的通知", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-02-20"},
	},
	{
		"an outline's own line ending in a colon, past its 一、, is no addressee (a review finding on meta-251)", "r186_wC13_bare_notice_outline_colon_line8.txt",
		"首页 > 政务公开 > 规划计划\n南县人民政府关于印发南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知\n南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n序言\n本纲要根据《中共南县县委关于制定南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制。\n第一章 发展基础\n第一节 “十三五”时期发展成就\n“十三五”时期，全县经济社会发展取得显著成就。\n第二节 发展环境\n“十四五”时期，我县发展面临以下机遇：\n——国家推动长江经济带高质量发展。\n",
		trapWant{title: "南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "五年规划纲要", year: 0, date: ""},
	},
	{
		"nor is an outline's sentence that opens on 各乡镇人民政府 (a review finding on meta-251)", "r186_wC14_bare_notice_outline_ge_bumen_line9.txt",
		"首页 > 政务公开 > 规划计划\n南县人民政府关于印发南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知\n南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n序言\n本纲要根据《中共南县县委关于制定南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制。\n第一章 发展基础\n“十三五”时期，全县地区生产总值年均增长7.5%。\n第二章 指导思想\n坚持以习近平新时代中国特色社会主义思想为指导。\n第十五章 规划实施\n各乡镇人民政府和县直各部门要按照本纲要确定的目标任务抓好落实。\n",
		trapWant{title: "南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "五年规划纲要", year: 0, date: ""},
	},
	{
		"a city's national zone by its brand (济宁国家高新区) is the gazetteer's zone (a review finding on meta-251)", "r186_wD01_zone_jining_guojia_gaoxinqu.txt",
		"规划计划\n济宁国家高新区2024年国民经济和社会发展计划\n发布时间:2024-02-10 来源: 高新区经济发展局\n一、2023年计划执行情况\n2023年，高新区地区生产总值增长6.5%。\n",
		trapWant{title: "济宁国家高新区2024年国民经济和社会发展计划", province: "山东省", city: "济宁市", district: "济宁高新技术产业开发区", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-02-10"},
	},
	{
		"a count of zones (岳阳市两个省级开发区) is no district (a review finding on meta-251)", "r186_wD03_zone_class_liangge.txt",
		"统计数据\n岳阳市两个省级开发区2023年主要经济指标统计公报\n编稿时间:2024-03-31 来源: 市统计局\n2023年，全市开发区实现技工贸总收入3200亿元，增长9.1%。\n",
		trapWant{title: "岳阳市两个省级开发区2023年主要经济指标统计公报", province: "湖南省", city: "岳阳市", district: "", level: "city", docType: "统计公报", year: 2024, date: "2024-03-31"},
	},
	{
		"an outline signed 二○一六年一月 keeps its year over a 成文日期 late in a later year (a review finding on meta-251)", "r186_wE01_outline_chengwen_two_years_after_sign.txt",
		"索引号: c365109-0303-2020-0002 主题分类:\n发布机构: 东湖区人民政府 成文日期: 2017-12-25\n东湖区国民经济和社会发展第十三个五年规划纲要\n东湖区国民经济和社会发展\n第十三个五年规划纲要\n东湖区“十三五”规划编制工作领导小组办公室\n二○一六年一月\n第一篇\n第一章适应新常态,明确新方向\n“十二五”期间,东湖区深入贯彻落实中央十八大以来全面深化改革新要求。\n",
		trapWant{title: "东湖区国民经济和社会发展第十三个五年规划纲要", province: "江西省", city: "南昌市", district: "东湖区", level: "county", docType: "五年规划纲要", year: 2016, date: ""},
	},
	{
		"an English report title over an Author line and its meeting line is the title (a review finding on meta-251)", "r186_wF_author_line.txt",
		"Huai'an China Government\nReport on the Work of the Government (January 16, 2024)\nAuthor: Zhang Wei\n\n--Delivered at the Fourth Session of the Ninth Huai'an Municipal People's Congress on January 16, 2024\n\nFellow Deputies,\n\nOn behalf of the Huai'an Municipal People's Government, I will now report to you on the work of the government and ask for your deliberation and approval.\n\nI. Review of Work in 2023\n\nIn the past year, the GDP of the city grew by 7.8 percent.\n",
		trapWant{title: "Report on the Work of the Government (January 16, 2024)", province: "江苏省", city: "淮安市", district: "", level: "city", docType: "政府工作报告", year: 2024, date: "2024-01-16"},
	},
	{
		"so is one over Date： with a full-width colon (a review finding on meta-251)", "r186_wF_date_fullwidth_colon.txt",
		"Huai'an China Government\nReport on the Work of the Government (January 16, 2024)\nDate：2024-03-01\n\n--Delivered at the Fourth Session of the Ninth Huai'an Municipal People's Congress on January 16, 2024\n\nFellow Deputies,\n\nOn behalf of the Huai'an Municipal People's Government, I will now report to you on the work of the government and ask for your deliberation and approval.\n\nI. Review of Work in 2023\n\nIn the past year, the GDP of the city grew by 7.8 percent.\n",
		trapWant{title: "Report on the Work of the Government (January 16, 2024)", province: "江苏省", city: "淮安市", district: "", level: "city", docType: "政府工作报告", year: 2024, date: "2024-01-16"},
	},
	{
		"a column's noun and verb (规划实施) glued before an outline's title is a label to cut (a review finding on meta-251)", "r186_wG01_label_guihua_shishi_outline.txt",
		"规划实施锦州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n发布时间：2021-04-20 来源：市发改委\n第一章 发展基础\n“十三五”时期，全市地区生产总值年均增长5.5%。\n",
		trapWant{title: "锦州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", province: "辽宁省", city: "锦州市", district: "", level: "city", docType: "五年规划纲要", year: 2021, date: "2021-04-20"},
	},
	{
		"so is 重点工作推进 before a report's title (a review finding on meta-251)", "r186_wG02_label_zhongdian_tuijin_report.txt",
		"重点工作推进南县2024年政府工作报告\n发布时间：2024-01-25 来源：县政府办\n各位代表：\n现在，我代表县人民政府，向大会报告政府工作，请予审议。\n一、2023年工作回顾\n过去一年，全县地区生产总值增长6.1%。\n",
		trapWant{title: "南县2024年政府工作报告", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-25"},
	},
	{
		"an adverb and verb before a quoted plan (圆满收官“十四五”…) is no label (a review finding on meta-251)", "r186_wG04_headline_verb_shouguan.txt",
		"长者专区> 本地要闻> 正文\n圆满收官“十四五”规划目标任务 奋力谱写中国式现代化建设的渭南新篇章\n来源:渭南日报 发布时间:2025-02-19 08:32\n2月18日上午,渭南市第六届人民代表大会第五次会议在渭南大剧院隆重开幕。市长陈晓勇作政府工作报告。\n",
		trapWant{title: "圆满收官“十四五”规划目标任务奋力谱写中国式现代化建设的渭南新篇章", province: "陕西省", city: "渭南市", district: "", level: "city", docType: "其他", year: 2025, date: "2025-02-19"},
	},
	{
		"a heading cut with dots (…计划...) finds its whole title under its date line (a review finding on meta-250)", "r185_a03_cut_heading_ellipsis.txt",
		"首页 > 政务公开 > 计划总结\n关于南县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划...\n来源：县发改局 日期：2024-01-20 09:30\n关于南县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划(草案)的报告\n2024年1月15日在南县第十八届人民代表大会第四次会议上\n县发展和改革局局长 李明\n各位代表：\n受县人民政府委托，现向大会报告南县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案，请予审议，并请各位政协委员和列席人员提出意见。\n一、2023年国民经济和社会发展计划执行情况\n2023年，全县地区生产总值增长5.8%，一般公共预算收入完成10.2亿元。\n",
		trapWant{title: "关于南县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划(草案)的报告", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-01-15"},
	},
	{
		"a whole plan's name that ends in 计划 does not give way to a related report's name a few lines under it (a review finding on meta-250)", "r185_a08_deep_plan_title_related_link_below.txt",
		"首页\n机构概况\n政务公开\n政务服务\n互动交流\n专题专栏\n当前位置：首页 > 政务公开 > 规划计划\n南县2024年国民经济和社会发展计划\n发布时间：2024-02-20 来源：县发改局\n相关文件：\n南县2024年国民经济和社会发展计划执行情况的报告\n一、主要预期目标\n地区生产总值增长6%左右，一般公共预算收入增长5%，城镇新增就业3000人。\n二、重点任务\n（一）扩大有效投资。全年安排重点项目120个，年度计划投资150亿元。\n",
		trapWant{title: "南县2024年国民经济和社会发展计划", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-02-20"},
	},
	{
		"nor does a story's headline to an attachment's name under its lead (a review finding on meta-250)", "r185_a10_deep_news_title_report_below.txt",
		"首页\n机构概况\n政务公开\n政务服务\n互动交流\n专题专栏\n当前位置：首页 > 政务公开 > 规划计划\n南县人大常委会听取2023年国民经济和社会发展计划执行情况\n发布时间：2023-08-30 来源：县人大\n8月29日，县十八届人大常委会第十五次会议听取和审议了县人民政府关于2023年国民经济和社会发展计划执行情况的报告。\n附：\n南县人大常委会听取2023年国民经济和社会发展计划执行情况的审议意见报告\n会议认为，今年以来全县经济运行稳中向好。\n",
		trapWant{title: "南县人大常委会听取2023年国民经济和社会发展计划执行情况", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "其他", year: 2023, date: "2023-08-30"},
	},
	{
		"an English report title over Date: March 1, 2024 and its meeting line is the title (a review finding on meta-250)", "r185_b01_eng_date_words.txt",
		"Huai'an China Government\nReport on the Work of the Government (January 16, 2024)\nDate: March 1, 2024\n\n--Delivered at the Fourth Session of the Ninth Huai'an Municipal People's Congress on January 16, 2024\n\nFellow Deputies,\n\nOn behalf of the Huai'an Municipal People's Government, I will now report to you on the work of the government and ask for your deliberation and approval.\n\nI. Review of Work in 2023\n\nIn the past year, the GDP of the city grew by 7.8 percent, ranking second in the province.\n",
		trapWant{title: "Report on the Work of the Government (January 16, 2024)", province: "江苏省", city: "淮安市", district: "", level: "city", docType: "政府工作报告", year: 2024, date: "2024-01-16"},
	},
	{
		"so is one over Release time: 2024-03-01 (a review finding on meta-250)", "r185_b02_eng_release_time.txt",
		"Huai'an China Government\nReport on the Work of the Government (January 16, 2024)\nRelease time: 2024-03-01\n\n--Delivered at the Fourth Session of the Ninth Huai'an Municipal People's Congress on January 16, 2024\n\nFellow Deputies,\n\nOn behalf of the Huai'an Municipal People's Government, I will now report to you on the work of the government and ask for your deliberation and approval.\n\nI. Review of Work in 2023\n\nIn the past year, the GDP of the city grew by 7.8 percent, ranking second in the province.\n",
		trapWant{title: "Report on the Work of the Government (January 16, 2024)", province: "江苏省", city: "淮安市", district: "", level: "city", docType: "政府工作报告", year: 2024, date: "2024-01-16"},
	},
	{
		"and one over a time line and a source line (a review finding on meta-250)", "r185_b04_eng_time_then_source_lines.txt",
		"Huai'an China Government\nReport on the Work of the Government (January 16, 2024)\ntime:2024-03-01\nsource: Huai'an Municipal Government\n\n--Delivered at the Fourth Session of the Ninth Huai'an Municipal People's Congress on January 16, 2024\n\nFellow Deputies,\n\nOn behalf of the Huai'an Municipal People's Government, I will now report to you on the work of the government and ask for your deliberation and approval.\n\nI. Review of Work in 2023\n\nIn the past year, the GDP of the city grew by 7.8 percent, ranking second in the province.\n",
		trapWant{title: "Report on the Work of the Government (January 16, 2024)", province: "江苏省", city: "淮安市", district: "", level: "city", docType: "政府工作报告", year: 2024, date: "2024-01-16"},
	},
	{
		"and one over Updated on: 2024.03.01 (a review finding on meta-250)", "r185_b07_eng_updated_on_dots.txt",
		"Huai'an China Government\nReport on the Work of the Government (January 16, 2024)\nUpdated on: 2024.03.01\n\n--Delivered at the Fourth Session of the Ninth Huai'an Municipal People's Congress on January 16, 2024\n\nFellow Deputies,\n\nOn behalf of the Huai'an Municipal People's Government, I will now report to you on the work of the government and ask for your deliberation and approval.\n\nI. Review of Work in 2023\n\nIn the past year, the GDP of the city grew by 7.8 percent, ranking second in the province.\n",
		trapWant{title: "Report on the Work of the Government (January 16, 2024)", province: "江苏省", city: "淮安市", district: "", level: "city", docType: "政府工作报告", year: 2024, date: "2024-01-16"},
	},
	{
		"a report's own heading (政府工作报告) under its site's title, repeating a column's name above, is no headline under a kicker: the site's title stays (a review finding on meta-250)", "r185_d05_kicker_column_repeated_under_title.txt",
		"政府工作报告\n规划计划\n统计公报\n南县2024年政府工作报告\n政府工作报告\n发布时间：2024-01-20 来源：县政府办\n各位代表：\n现在，我代表县人民政府，向大会报告政府工作，请予审议，并请县政协委员和其他列席人员提出意见。\n一、2023年工作回顾\n过去一年，全县地区生产总值增长6.1%，一般公共预算收入增长8.2%。\n",
		trapWant{title: "南县2024年政府工作报告", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-20"},
	},
	{
		"a class of zones after a city (岳阳市各类开发区) is no district (a review finding on meta-250)", "r185_e02_zone_gelei_kaifaqu_stats.txt",
		"统计数据\n岳阳市各类开发区2023年主要经济指标统计公报\n编稿时间:2024-03-31 来源: 市统计局\n2023年，全市各类开发区实现技工贸总收入3200亿元，增长9.1%。\n",
		trapWant{title: "岳阳市各类开发区2023年主要经济指标统计公报", province: "湖南省", city: "岳阳市", district: "", level: "city", docType: "统计公报", year: 2024, date: "2024-03-31"},
	},
	{
		"nor is 湘潭市省级开发区 (a review finding on meta-250)", "r185_e05_zone_shengji_kaifaqu_report.txt",
		"政府工作报告\n湘潭市省级开发区2024年工作报告\n编稿时间:2024-02-10 来源: 市发改委\n各位代表：\n现在，我代表开发区管委会向大会报告工作。\n",
		trapWant{title: "湘潭市省级开发区2024年工作报告", province: "湖南省", city: "湘潭市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-02-10"},
	},
	{
		"a signed month older than an official 成文日期 does not replace it: only a portal's 生成日期 gives way (a review finding on meta-250)", "r185_f03_census_office_dec_vs_jan.txt",
		"索引号: 11430921-2025-00012\n发布机构: 南县统计局 成文日期: 2025-01-10\n南县第五次全国经济普查公报（第一号）\n南县第五次全国经济普查领导小组办公室\n2024年12月\n根据国家统计局部署，我县开展了第五次全国经济普查。\n现将主要结果公布如下：\n",
		trapWant{title: "南县第五次全国经济普查公报（第一号）", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "统计公报", year: 2025, date: "2025-01-10"},
	},
	{
		"a notice's title over the outline's name keeps the notice's where its addressees and words follow past its table (a review finding on meta-250)", "r185_g02_notice_attachment_then_words_far.txt",
		"首页 > 政务公开 > 规划计划\n南县人民政府关于印发南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知\n南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n索引号：11430921-2021-00003\n发布机构：南县人民政府\n成文日期：2021-03-10\n文号：南政发〔2021〕3号\n各乡镇人民政府，县直各单位：\n现将《南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》印发给你们，请认真贯彻执行。\n南县人民政府\n2021年3月10日\n",
		trapWant{title: "南县人民政府关于印发南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "五年规划纲要", year: 2021, date: "2021-03-10"},
	},
	{
		"or where it says 现予印发，请遵照执行 (a review finding on meta-250)", "r185_g06_notice_qingzunzhao_no_addressee.txt",
		"首页 > 政务公开 > 文件\n南县人民政府办公室关于印发南县2024年国民经济和社会发展计划的通知\n南县2024年国民经济和社会发展计划\n经县人民政府同意，现予印发，请遵照执行。\n南县人民政府办公室\n2024年2月20日\n",
		trapWant{title: "南县人民政府办公室关于印发南县2024年国民经济和社会发展计划的通知", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-02-20"},
	},
	{
		"or 现转发 to addressees without a colon (a review finding on meta-250)", "r185_g08_notice_zhuanfa_jinan.txt",
		"首页 > 政务公开 > 文件\n南县人民政府关于转发南县2023年国民经济和社会发展统计公报的通知\n南县2023年国民经济和社会发展统计公报\n各乡镇人民政府、县直各单位\n县统计局编制的《南县2023年国民经济和社会发展统计公报》已经县人民政府同意，现转发，请参照使用。\n南县人民政府\n2024年3月25日\n",
		trapWant{title: "南县人民政府关于转发南县2023年国民经济和社会发展统计公报的通知", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "统计公报", year: 2024, date: "2024-03-25"},
	},
	{
		"or 现予以印发 (a review finding on meta-250)", "r185_g10_notice_yiyu_yinfa.txt",
		"首页 > 政务公开 > 文件\n南县人民政府办公室关于印发南县2024年国民经济和社会发展计划的通知\n南县2024年国民经济和社会发展计划\n各乡镇人民政府、各街道办事处，县直各单位\n《南县2024年国民经济和社会发展计划》已经县人民政府第三十次常务会议研究同意，现予以印发，请抓好落实。\n南县人民政府办公室\n2024年2月20日\n",
		trapWant{title: "南县人民政府办公室关于印发南县2024年国民经济和社会发展计划的通知", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-02-20"},
	},
	{
		"a headline's verb before a quoted plan (高质量完成“十四五”规划目标任务…) is no label to cut (holdout1089/f04)", "r185_x01_headline_verb_before_quoted_plan.txt",
		"亚博足彩\n\n图片\n长者专区\n开启无障碍\n长者专区> 本地要闻> 正文\n高质量完成“十四五”规划目标任务 奋力谱写中国式现代化建设的渭南新篇章\n\n渭南市六届人大五次会议隆重开幕\n\n樊维斌主持 陈晓勇作政府工作报告\n来源:渭南日报 发布时间:2025-02-19 08:32\n\n市委书记樊维斌主持大会。记者 王晓宁 摄\n\n市长陈晓勇作政府工作报告。记者 马辛 摄\n\n2月18日,渭南市第六届人民代表大会第五次会议开幕。图为大会会场。记者 马辛 摄\n\n(记者 李众伟 王军江)2月18日上午,渭南市第六届人民代表大会第五次会议在渭南大剧院隆重开幕。来自全市各条战线的人大代表,肩负全市人民的重托出席大会,依法履行宪法和法律赋予的神圣职责。\n\n会场气氛庄重而热烈,主席台帷幕正中的国徽在鲜艳的红旗映衬下熠熠生辉。主席台对面眺台上悬挂“坚持以习近平新时代中国特色社会主义思想为指导 奋力谱写中国式现代化建设的渭南新篇章”的醒目横幅,鼓舞人心、催人奋进。\n\n大会执行主席樊维斌、王琦、王心、朱忠效、刘巧莲、韦红革、薛清军、宋晓彤、翟玉宝、杨翠红、马小红、李军政、刘凯、何勇进、岳博、王小震、梁梅、马红丽在主席台前排就座。在主席台就座的还有:市长陈晓勇,市委常委李云飞、赵林斌、张云哲、张辉、王小平及大会主席团其他成员,市政府副市长,市政协副主席,市中级人民法院院长,市人民检察院检察长,其他厅级领导同志,以及担任过市级主要领导职务和主持过市人大常委会日常工作的老同志。\n\n在渭的全国人大代表和省人大代表,住渭省政协委员,市政协委员等列席开幕会。\n\n市六届人大五次会议应到代表455名,实到代表413名,符合法定人数。\n\n9时整,主持会议的樊维斌宣布:渭南市第六届人民代表大会第",
		trapWant{title: "高质量完成“十四五”规划目标任务奋力谱写中国式现代化建设的渭南新篇章", province: "陕西省", city: "渭南市", district: "", level: "city", docType: "其他", year: 2025, date: "2025-02-19"},
	},
	{
		"an archive day set off by the bar 丨 (存档时间丨2024-08-23) dates neither the page nor the report (a review finding on meta-249)", "r184_wA07_cundang_shu_bar_4E28.txt",
		"存档时间丨2024-08-23\n南县2022年政府工作报告\n发布时间：2022-02-15 10:40 信息来源：南县人民政府\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2021年工作回顾\n过去一年，全县地区生产总值增长7.5%。\n",
		trapWant{title: "南县2022年政府工作报告", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "政府工作报告", year: 2022, date: "2022-02-15"},
	},
	{
		"a gazette's issue (2021年第2期) before a report's title opening on its place is cut: the place is read (a review finding on meta-249)", "r184_wC01_gazette_place_year_report.txt",
		"2021年第2期 郑州市2021年政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2021年工作回顾\n过去一年，全县地区生产总值增长7.5%。\n",
		trapWant{title: "郑州市2021年政府工作报告", province: "河南省", city: "郑州市", district: "", level: "city", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"so is one before an issuer of more than sixteen characters and 关于 (a review finding on meta-249)", "r184_wC03_gazette_issuer_over16.txt",
		"2023年第5期 黔东南苗族侗族自治州人民政府办公室关于印发2023年政府工作报告重点工作任务分解方案的通知\n各县（市）人民政府：\n现将《2023年政府工作报告重点工作任务分解方案》印发给你们，请认真贯彻执行。\n",
		trapWant{title: "黔东南苗族侗族自治州人民政府办公室关于印发2023年政府工作报告重点工作任务分解方案的通知", province: "贵州省", city: "黔东南苗族侗族自治州", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"and one before a province's budget report (a review finding on meta-249)", "r184_wC05_gazette_place_budget_report.txt",
		"2022年第3期 湖南省2021年预算执行情况和2022年预算草案的报告\n各位代表：\n受省人民政府委托，现将2021年预算执行情况和2022年预算草案提请审议。\n",
		trapWant{title: "湖南省2021年预算执行情况和2022年预算草案的报告", province: "湖南省", city: "", district: "", level: "province", docType: "预算报告", year: 0, date: ""},
	},
	{
		"a count of leagues and cities (12盟市) before a title is kept (a review finding on meta-249)", "r184_wC11_count_mengshi.txt",
		"12盟市联合推进2023年政府工作报告重点任务落实\n发布时间：2023-03-20 来源：市政府办公室\n近日，相关部门联合印发通知，推进政府工作报告重点任务落实。\n",
		trapWant{title: "12盟市联合推进2023年政府工作报告重点任务落实", province: "", city: "", district: "", level: "", docType: "其他", year: 2023, date: "2023-03-20"},
	},
	{
		"so is a count of parks (4园区) (a review finding on meta-249)", "r184_wC14_count_yuanqu.txt",
		"4园区入选2023年政府工作报告重点任务清单\n发布时间：2023-03-20 来源：市政府办公室\n近日，相关部门联合印发通知，推进政府工作报告重点任务落实。\n",
		trapWant{title: "4园区入选2023年政府工作报告重点任务清单", province: "", city: "", district: "", level: "", docType: "其他", year: 2023, date: "2023-03-20"},
	},
	{
		"a file label (word完整版) is cut (a review finding on meta-249)", "r184_wC15_deco_word_wanzhengban.txt",
		"2021年某县政府工作报告(word完整版)\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2021年工作回顾\n过去一年，全县地区生产总值增长7.5%。\n",
		trapWant{title: "2021年某县政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"so is (可编辑修改版) (a review finding on meta-249)", "r184_wC16_deco_kebianji_xiugaiban.txt",
		"2021年某县政府工作报告（可编辑修改版）\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2021年工作回顾\n过去一年，全县地区生产总值增长7.5%。\n",
		trapWant{title: "2021年某县政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"and (完整版可编辑) (a review finding on meta-249)", "r184_wC18_deco_wanzhengban_kebianji.txt",
		"2021年某县政府工作报告(完整版可编辑)\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2021年工作回顾\n过去一年，全县地区生产总值增长7.5%。\n",
		trapWant{title: "2021年某县政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a township's text since work on the 十二五 plan began (规划编制工作启动以来) speaks before it: not trusted (a review finding on meta-249)", "r184_wD01_bianzhi_gongzuo_qidong_yilai.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议指出,“十二五”规划编制工作启动以来,各部门积极开展前期研究,全镇农民人均纯收入年均增长12%。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"nor one on what to do once the plan is drawn up (编制完成后) (a review finding on meta-249)", "r184_wD02_bianzhi_wancheng_hou_future.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议指出,要在“十二五”规划编制完成后,及时启动各专项规划编制,全镇农民人均纯收入年均增长12%。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a township's text since the plan was drawn up and issued (编制并正式印发以来) speaks in it: trusted (a review finding on meta-249)", "r184_wD04_bianzhi_bing_zhengshi_yinfa_yilai.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议指出,“十二五”规划编制并正式印发以来,全镇经济社会发展取得显著成效,全镇农民人均纯收入年均增长12%。\n",
		trapWant{title: "", province: "湖南省", city: "娄底市", district: "冷水江市", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"so does one three years since it was issued (制定出台三年来) (a review finding on meta-249)", "r184_wD11_zhiding_chutai_sannian_lai.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议指出,“十二五”规划制定出台三年来,全镇经济社会发展取得显著成效,全镇农民人均纯收入年均增长12%。\n",
		trapWant{title: "", province: "湖南省", city: "娄底市", district: "冷水江市", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"and one on the plan issued (规划制定出台,) (a review finding on meta-249)", "r184_wD12_zhiding_chutai_comma.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议指出,“十二五”规划制定出台,为全镇今后五年发展指明了方向,全镇农民人均纯收入年均增长12%。\n",
		trapWant{title: "", province: "湖南省", city: "娄底市", district: "冷水江市", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a paper's front page (人民日报 头版) over a headline is no title (a review finding on meta-249)", "r184_wE01_renmin_toutban.txt",
		"人民日报 头版\n全县经济运行稳中向好\n本报讯（记者 张洁）今年上半年，全县完成地区生产总值同比增长9.8%。\n",
		trapWant{title: "全县经济运行稳中向好", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"nor over a headline and its byline (益阳日报 头版) (a review finding on meta-249)", "r184_wE13_headline_paper_toutban_byline.txt",
		"全县经济运行稳中向好\n益阳日报 头版\n本报记者 张洁\n今年上半年，全县上下认真落实县政府工作报告确定的各项目标任务，完成地区生产总值同比增长9.8%，规模以上工业增加值增长12.1%，固定资产投资增长15.3%，主要经济指标增速位居全市前列。\n",
		trapWant{title: "全县经济运行稳中向好", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a paper's page in numerals (益阳日报 第二版) over a headline and a story's lead is no title (a review finding on meta-249)", "r184_vE13_paper_chinese_page.txt",
		"益阳日报 第二版\n全县经济运行稳中向好\n本报讯（记者 张洁）今年上半年，全县完成地区生产总值同比增长9.8%。\n",
		trapWant{title: "全县经济运行稳中向好", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline telling of an accessible reading room (南县图书馆无障碍阅读室建成开放) is no furniture (a review finding on meta-249)", "r184_wF06_wuzhangai_yuedu_title.txt",
		"南县图书馆无障碍阅读室建成开放\n2024-03-03 10:00 来源：县融媒体中心\n3月3日，南县图书馆无障碍阅读室正式开放，这是落实县政府工作报告民生实事的具体举措。\n",
		trapWant{title: "南县图书馆无障碍阅读室建成开放", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "其他", year: 2024, date: "2024-03-03"},
	},
	{
		"an archive day set off by a bar (存档时间|2024-08-23) does not date the report (a review finding on meta-248)", "r183_p01_archive_day_cundang_bar.txt",
		"存档时间|2024-08-23\n南县2022年政府工作报告\n发布时间：2022-02-15 10:40 信息来源：南县人民政府\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "南县2022年政府工作报告", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "政府工作报告", year: 2022, date: "2022-02-15"},
	},
	{
		"nor one at the page's end (存档时间：2024-08-23) (a review finding on meta-248)", "r183_p02_archive_day_at_page_end.txt",
		"南县2022年政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2021年工作回顾\n过去一年，全县地区生产总值增长7.5%。\n二、2022年工作安排\n今年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右。\n存档时间：2024-08-23\n",
		trapWant{title: "南县2022年政府工作报告", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a gazette's issue before a notice of 市人民政府关于… is cut (a review finding on meta-248)", "r183_p03_gazette_issue_before_city_notice.txt",
		"2021年第3期 市人民政府关于印发2021年政府工作报告重点工作分工方案的通知\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "市人民政府关于印发2021年政府工作报告重点工作分工方案的通知", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"so is one before 国务院办公厅关于… (a review finding on meta-248)", "r183_p04_gazette_issue_before_state_council.txt",
		"2019年第12号 国务院办公厅关于印发2019年政府工作报告重点工作部门分工的意见\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "国务院办公厅关于印发2019年政府工作报告重点工作部门分工的意见", province: "", city: "", district: "", level: "national", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a notice's own number before 市区… (2024年第2号市区禁止燃放烟花爆竹的通告) stays (a review finding on meta-248)", "r183_p05_notice_own_number_shiqu.txt",
		"2024年第2号市区禁止燃放烟花爆竹的通告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "2024年第2号市区禁止燃放烟花爆竹的通告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"so does an order's before 林区… (2023年第1号林区防火令) (a review finding on meta-248)", "r183_p06_order_own_number_linqu.txt",
		"2023年第1号林区防火令\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "2023年第1号林区防火令", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a file label with 可编辑 after the version ((word版可编辑)) is cut (a review finding on meta-248)", "r183_p07_word_label_editable_after.txt",
		"2021年某县政府工作报告(word版可编辑)\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "2021年某县政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"so is (可编辑版本) (a review finding on meta-248)", "r183_p08_editable_version_label.txt",
		"2021年某县政府工作报告（可编辑版本）\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "2021年某县政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a title opening on a count of townships (4乡镇…) keeps it (a review finding on meta-248)", "r183_p09_title_opens_with_townships_count.txt",
		"4乡镇获评政府工作报告重点任务落实先进单位\n发布时间：2023-03-20 来源：市政府办公室\n近日，相关部门联合印发通知，推进政府工作报告重点任务落实。\n",
		trapWant{title: "4乡镇获评政府工作报告重点任务落实先进单位", province: "", city: "", district: "", level: "", docType: "其他", year: 2023, date: "2023-03-20"},
	},
	{
		"so does one on a count of prefectures (3州市…) (a review finding on meta-248)", "r183_p10_title_opens_with_prefectures_count.txt",
		"3州市联合推进2023年政府工作报告重点任务落实\n发布时间：2023-03-20 来源：市政府办公室\n近日，相关部门联合印发通知，推进政府工作报告重点任务落实。\n",
		trapWant{title: "3州市联合推进2023年政府工作报告重点任务落实", province: "", city: "", district: "", level: "", docType: "其他", year: 2023, date: "2023-03-20"},
	},
	{
		"a township's text since the 十二五 plan was drawn up and issued (编制出台以来) speaks in the period (a review finding on meta-248)", "r183_p11_township_since_plan_issued.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议指出,“十二五”规划编制出台以来,全镇经济社会发展取得显著成效,全镇农民人均纯收入年均增长12%。\n",
		trapWant{title: "", province: "湖南省", city: "娄底市", district: "冷水江市", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"one on issuing it still to be done (制定出台工作) looks ahead: not trusted (a review finding on meta-248)", "r183_p12_township_plan_to_be_issued.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议指出,要高质量做好“十二五”规划制定出台工作,全镇农民人均纯收入年均增长12%。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"one after it was issued (编制出台后) speaks in the period (a review finding on meta-248)", "r183_p13_township_after_plan_issued.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议指出,“十二五”规划编制出台后,全镇上下认真贯彻落实,全镇农民人均纯收入年均增长12%。\n",
		trapWant{title: "", province: "湖南省", city: "娄底市", district: "冷水江市", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a notice titled by its own number (2022年第1号公告) keeps it: no gazette's issue (a review finding on meta-247)", "r182_o01_notice_own_number_title.txt",
		"2022年第1号公告\n发布时间：2022-05-10 来源：县财政局\n根据《中华人民共和国预算法》规定，现将某县2021年度财政决算公开如下。\n",
		trapWant{title: "2022年第1号公告", province: "", city: "", district: "", level: "", docType: "其他", year: 2022, date: "2022-05-10"},
	},
	{
		"so does an order (2024年第1号总林长令) (a review finding on meta-247)", "r182_o02_order_own_number_title.txt",
		"2024年第1号总林长令\n发布时间：2024-03-12 来源：市林业局\n为深入推进林长制，现发布2024年第1号总林长令。\n",
		trapWant{title: "2024年第1号总林长令", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-03-12"},
	},
	{
		"a township's text on drawing up and issuing the 十二五 plan (规划编制出台工作) looks ahead to it: not trusted (a review finding on meta-247)", "r182_o03_township_plan_drawn_up_and_issued.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议指出,要高质量做好“十二五”规划编制出台工作,全镇农民人均纯收入年均增长12%。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a line giving the days in force and then the publication day (有效期：…至… 发布日期：2022-02-15) dates the page by the latter (a review finding on meta-247)", "r182_o04_validity_then_publication_one_line.txt",
		"有效期：2022-02-15至2027-02-14 发布日期：2022-02-15\n南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n第一章 发展基础\n“十三五”时期，全县经济社会发展取得显著成就。\n",
		trapWant{title: "南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "五年规划纲要", year: 2022, date: "2022-02-15"},
	},
	{
		"a wire that summarises a communiqué's main figures (公报全文约1.5万字，主要数据如下) is a story (a review finding on meta-247)", "r182_o05_wire_summarises_main_figures.txt",
		"新华社北京2月28日电 国家统计局28日发布2019年国民经济和社会发展统计公报。公报全文约1.5万字，主要数据如下：\n  一、综合\n  初步核算，全年国内生产总值990865亿元，比上年增长6.1%。\n  全年全国居民人均可支配收入30733元，比上年增长8.9%。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 2020, date: ""},
	},
	{
		"a file label (（WORD版本）) is cut from the title (a review finding on meta-247)", "r182_o06_word_version_label.txt",
		"2021年某县政府工作报告（WORD版本）\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "2021年某县政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"so is (word可编辑版) (a review finding on meta-247)", "r182_o07_word_editable_label.txt",
		"2021年某县政府工作报告(word可编辑版)\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "2021年某县政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a share button with its count in brackets (转播到腾讯微博(3)) is cut off a headline (a review finding on meta-247)", "r182_o08_share_button_count_in_brackets.txt",
		"全县经济运行稳中向好 转播到腾讯微博(3)\n2012-08-01 10:12 来源：县政府网\n今年上半年，全县完成地区生产总值同比增长9.8%。\n",
		trapWant{title: "全县经济运行稳中向好", province: "", city: "", district: "", level: "", docType: "其他", year: 2012, date: "2012-08-01"},
	},
	{
		"a label (可编辑) is cut from the title (a review finding on meta-247)", "r182_o09_editable_label.txt",
		"2021年某县政府工作报告(可编辑)\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "2021年某县政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a title opening on a count of departments (6部门…) keeps it (a review finding on meta-247)", "r182_o10_title_opens_with_departments_count.txt",
		"6部门联合印发通知 推进2023年政府工作报告重点任务落实\n发布时间：2023-03-20 来源：市政府办公室\n近日，市发改委等6部门联合印发通知，推进政府工作报告重点任务落实。\n",
		trapWant{title: "6部门联合印发通知推进2023年政府工作报告重点任务落实", province: "", city: "", district: "", level: "", docType: "其他", year: 2023, date: "2023-03-20"},
	},
	{
		"a headline exploring a press centre (探秘…新闻中心) is no broadcaster's name (a review finding on meta-247)", "r182_o11_headline_explores_press_centre.txt",
		"探秘全国两会新闻中心\n2024-03-03 10:00 来源：中国新闻网\n3月3日，全国两会新闻中心正式开放，记者走进中心一探究竟。\n",
		trapWant{title: "探秘全国两会新闻中心", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-03-03"},
	},
	{
		"an archive day labelled 存档时间 does not date the page (a review finding on meta-247)", "r182_o12_archive_day_cundang.txt",
		"存档时间：2024-08-23\n南县2022年政府工作报告\n发布时间：2022-02-15 10:40 信息来源：南县人民政府\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "南县2022年政府工作报告", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "政府工作报告", year: 2022, date: "2022-02-15"},
	},
	{
		"nor one before the publication day on the same line (a review finding on meta-247)", "r182_o13_archive_then_publication_one_line.txt",
		"归档时间：2024-08-23 发布时间：2022-02-15 10:40 信息来源：南县人民政府\n南县2022年政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "南县2022年政府工作报告", province: "湖南省", city: "益阳市", district: "南县", level: "county", docType: "政府工作报告", year: 2022, date: "2022-02-15"},
	},
	{
		"a headline ending on 谋新局 over a byline is no office in 局 (a review finding on meta-246)", "r181_n01_headline_ends_mou_xinju.txt",
		"乘势而上谋新局\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "乘势而上谋新局", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"nor one ending on 着眼全局 (a review finding on meta-246)", "r181_n02_headline_ends_zhuoyan_quanju.txt",
		"立足当前 着眼全局\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "立足当前着眼全局", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"nor one ending on 开创新局, which is no 科技创新局 (a review finding on meta-246)", "r181_n03_headline_ends_kaichuang_xinju.txt",
		"凝心聚力开创新局\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "凝心聚力开创新局", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"nor one ending on 迷局 (a review finding on meta-246)", "r181_n04_headline_ends_miju.txt",
		"破解县域发展迷局\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "破解县域发展迷局", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline of two phrases whose first ends in 报 (善有善报 德润乡风) is no paper's name (a review finding on meta-246)", "r181_n05_two_phrase_headline_ends_bao.txt",
		"善有善报 德润乡风\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "善有善报德润乡风", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a paper's name with a hyphenated day and its page (大河报 2011-03-05 A06版) between headline and byline is no title (a review finding on meta-246)", "r181_n06_paper_hyphen_day_and_page.txt",
		"唐山要敢为人先勇于创新\n大河报 2011-03-05 A06版\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "唐山要敢为人先勇于创新", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"nor one in book marks with its day and page in brackets (《人民日报》（2011年03月06日 第02版）) (a review finding on meta-246)", "r181_n07_paper_in_book_marks_day_page.txt",
		"唐山要敢为人先勇于创新\n《人民日报》（2011年03月06日 第02版）\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "唐山要敢为人先勇于创新", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline on a visit to a press centre (走近…新闻中心) is no broadcaster's name (a review finding on meta-246)", "r181_n08_headline_zoujin_press_centre.txt",
		"走近全国两会新闻中心\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "走近全国两会新闻中心", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline on a service desk (…综合服务总台) is no broadcaster's name (a review finding on meta-246)", "r181_n09_headline_service_desk_zongtai.txt",
		"市政务中心启用综合服务总台\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "市政务中心启用综合服务总台", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"an overline numbered ⑵ or (2) is no title over the headline (a review finding on meta-246)", "r181_n10_overline_bracketed_digit.txt",
		"省十一届人大一次会议特别报道⑶\n代表委员热议：稳增长\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "代表委员热议：稳增长", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline of two phrases opening on 聚焦 (聚焦主责主业 推动高质量发展) is no overline (a review finding on meta-246)", "r181_n11_focus_headline_over_paper.txt",
		"聚焦主责主业 推动高质量发展\n唐山劳动日报\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "聚焦主责主业推动高质量发展", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline over a lead whose 今天下午 follows a short clause is the story's (a review finding on meta-246)", "r181_n12_lead_clause_then_today.txt",
		"坚定信心确保全年目标任务完成\n在完成各项既定议程后,今天下午,市十五届人大五次会议在市行政中心胜利闭幕。\n  会议号召,全市上下要坚定信心,扎实工作,确保完成全年目标任务。\n",
		trapWant{title: "坚定信心确保全年目标任务完成", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline over 本刊北京讯 is the story's (a review finding on meta-246)", "r181_n13_lead_benkan_place_mark.txt",
		"上半年全区地方财政收入完成近六成\n本刊北京讯 记者从自治区十一届人大常委会第二十三次会议获悉,今年上半年,全区地方财政总收入完成1166.7亿元,完成年度预算的57.8%。\n  据悉,在全区地方财政总收入中,一般预算收入700.5亿元,完成年度预算的60%。\n",
		trapWant{title: "上半年全区地方财政收入完成近六成", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline over the byline 本刊记者 张洁 is the story's (a review finding on meta-246)", "r181_n14_byline_benkan_reporter.txt",
		"上半年全区地方财政收入完成近六成\n本刊记者 张洁\n  记者从自治区十一届人大常委会第二十三次会议获悉,今年上半年,全区地方财政总收入完成1166.7亿元,完成年度预算的57.8%,比上年同期增加298.4亿元,增长34.4%。\n  据悉,在全区地方财政总收入中,一般预算收入700.5亿元,完成年度预算的60%。\n",
		trapWant{title: "上半年全区地方财政收入完成近六成", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a share button in square brackets on its line ([转播到腾讯微博]) is furniture, no title (a review finding on meta-246)", "r181_n15_share_button_square_brackets.txt",
		"首页 - 内蒙古新闻 - 国内 - 国际 - 文化 - 教育 - 旅游 加入收藏 | 设为首页\n您当前的位置 :新闻中心 > 内蒙古新闻 > 经济新闻 正文\n[转播到腾讯微博]\n上半年内蒙古自治区地方财政收入完成近六成\n内蒙古新闻网  2011-07-26 14:56  来源: 内蒙古新闻网\n\n  本网讯 记者从自治区十一届人大常委会第二十三次会议获悉,今年上半年,全区地方财政总收入完成1166.7亿元,完成年度预算的57.8%,比上年同期增加298.4亿元,增长34.4%。\n\n  据悉,在全区地方财政总收入中,一般预算收入700.5亿元,完成年度预算的60%,增加168.9亿元,增长31.8%。\n",
		trapWant{title: "上半年内蒙古自治区地方财政收入完成近六成", province: "内蒙古自治区", city: "", district: "", level: "province", docType: "其他", year: 2011, date: "2011-07-26"},
	},
	{
		"a file label in brackets in any case ((WORD版)) is cut from the title (a review finding on meta-246)", "r181_n17_word_label_upper_case.txt",
		"2021年某县政府工作报告（WORD版）\n时间:2021-03-06 来源:某县政府网\n各位代表：\n  现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。\n  一、2020年工作回顾\n  过去一年，全县地方生产总值增长8.1%。\n",
		trapWant{title: "2021年某县政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2021, date: "2021-03-06"},
	},
	{
		"a wire that publishes the communiqué in full (现全文发布如下) is the communiqué (a review finding on meta-246)", "r181_n18_wire_communique_published_in_full.txt",
		"新华社北京2月28日电 国家统计局28日发布2019年国民经济和社会发展统计公报,现全文发布如下:\n  一、综合\n  初步核算，全年国内生产总值990865亿元，比上年增长6.1%。其中，第一产业增加值70467亿元，增长3.1%；第二产业增加值386165亿元，增长5.7%。\n  全年全国居民人均可支配收入30733元，比上年增长8.9%。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "统计公报", year: 2020, date: ""},
	},
	{
		"a province's delegation reviewing the premier's report at its plenary (广西代表团全体会议审议李克强总理所作的政府工作报告) is national (a review finding on meta-246)", "r181_n19_delegation_reviews_premier_report.txt",
		"代表热议政府工作报告\n本报记者 张洁\n  3月5日下午,广西代表团全体会议审议李克强总理所作的政府工作报告。\n  代表们一致认为,报告实事求是、振奋人心。\n",
		trapWant{title: "代表热议政府工作报告", province: "", city: "", district: "", level: "national", docType: "其他", year: 0, date: ""},
	},
	{
		"a county congress's delegations (各代表团) echoing the premier's report are the county's (a review finding on meta-246)", "r181_n20_county_congress_echoes_premier.txt",
		"代表热议政府工作报告\n桃江县融媒体中心 2021-03-28\n  3月28日下午,出席县十八届人大一次会议的各代表团分组审议政府工作报告。\n  代表们一致认为,县政府工作报告深入贯彻李克强总理作的政府工作报告精神,实事求是、振奋人心,桃江县各项工作取得了新成效。\n",
		trapWant{title: "代表热议政府工作报告", province: "湖南省", city: "益阳市", district: "桃江县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a city calling itself new in a slogan (美丽安康新篇章) is still named: 陕西省安康市 (a review finding on meta-246)", "r181_n21_slogan_beautiful_ankang_new.txt",
		"2022年政府工作报告\n各位代表：\n  现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n  过去一年，我们坚持以习近平新时代中国特色社会主义思想为指导，奋力谱写美丽安康新篇章，地区生产总值增长8.1%。\n",
		trapWant{title: "2022年政府工作报告", province: "陕西省", city: "安康市", district: "", level: "city", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"富裕 in a chain of adjectives (美丽富裕和谐新宋家) names no 富裕县 (a review finding on meta-246)", "r181_n22_slogan_adjectives_chain_new_township.txt",
		"2022年政府工作报告\n各位代表：\n  现在，我代表镇人民政府，向大会报告工作，请予审议，并请镇政协委员和其他列席人员提出意见。\n  过去一年，我们坚持以习近平新时代中国特色社会主义思想为指导，建设美丽富裕和谐新宋家，地区生产总值增长8.1%。\n",
		trapWant{title: "2022年政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"平安长春新局面 names 长春市, not 长春新区 (a review finding on meta-246)", "r181_n23_slogan_safe_changchun_new.txt",
		"2022年政府工作报告\n各位代表：\n  现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n  过去一年，我们坚持以习近平新时代中国特色社会主义思想为指导，奋力开创平安长春新局面，地区生产总值增长8.1%。\n",
		trapWant{title: "2022年政府工作报告", province: "吉林省", city: "长春市", district: "", level: "city", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"总书记对广西壮族自治区工作提出的… places the text in 广西 (a review finding on meta-246)", "r181_n24_instructions_to_guangxi_work_full_name.txt",
		"一、2020年国民经济和社会发展计划执行情况\n2020年以来,面对突如其来的新冠肺炎疫情冲击,全市上下坚持以习近平新时代中国特色社会主义思想为指导,全面落实习近平总书记对广西壮族自治区工作提出的重要指示要求,坚持稳中求进工作总基调,脱贫攻坚取得全面胜利,为“十四五”时期开启全面建设社会主义现代化国家新征程奠定了扎实基础。\n(一)疫情防控有力开展,经济社会秩序恢复成效显著。全市生产总值增长4.3%,工业增加值增长6%,服务业增加值增长3%。\n",
		trapWant{title: "", province: "广西壮族自治区", city: "", district: "", level: "city", docType: "国民经济和社会发展计划报告", year: 0, date: ""},
	},
	{
		"a township's text about to cross into the 十二五 (即将跨入) speaks in the 十一五: not trusted (a review finding on meta-246)", "r181_n25_township_about_to_cross_into_twelfth.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议指出,今年是“十一五”的最后一年,我们即将跨入“十二五”,全镇农民人均纯收入年均增长12%。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"one since the 十二五 plan was made (规划制定以来) speaks in it: trusted (a review finding on meta-246)", "r181_n26_township_since_twelfth_plan_made.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议指出,“十二五”规划制定以来,全镇农民人均纯收入年均增长12%。\n",
		trapWant{title: "", province: "湖南省", city: "娄底市", district: "冷水江市", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a site line with a long bracket of buttons (【我要评论 打印本页 关闭窗口】) still dates the page (a review finding on meta-246)", "r181_n27_two_figure_year_long_button_bracket.txt",
		"首页 - 内蒙古新闻 - 国内 - 国际 - 文化 - 教育 - 旅游 加入收藏 | 设为首页\n您当前的位置 :新闻中心 > 内蒙古新闻 > 经济新闻 正文\n上半年内蒙古自治区地方财政收入完成近六成\n内蒙古新闻网  11-07-26 14:56 【我要评论 打印本页 关闭窗口】 来源: 内蒙古新闻网\n\n  本网讯 记者从自治区十一届人大常委会第二十三次会议获悉,今年上半年,全区地方财政总收入完成1166.7亿元,完成年度预算的57.8%,比上年同期增加298.4亿元,增长34.4%。\n\n  据悉,在全区地方财政总收入中,一般预算收入700.5亿元,完成年度预算的60%,增加168.9亿元,增长31.8%。\n",
		trapWant{title: "上半年内蒙古自治区地方财政收入完成近六成", province: "内蒙古自治区", city: "", district: "", level: "province", docType: "其他", year: 2011, date: "2011-07-26"},
	},
	{
		"a Latin site line with its editor (编辑:…) dates the page and marks the headline (a review finding on meta-246)", "r181_n28_latin_site_editor.txt",
		"搜狐首页 - 新闻 - 体育 - 娱乐 - 财经 - IT - 汽车 - 房产\n搜狐首页 > 新闻频道 > 国内新闻 > 2005年吉林两会 > 吉林两会动态\n\n东风吹放物华新\n\nNEWS.SOHU.COM  2005年01月27日14:49  来源:吉林日报  编辑:王晓明\n\n页面功能  【我来说两句】【推荐】【打印】 【关闭\n\n  “两会”年年开,今年不寻常。争先进位、“快走”变“快跑”,这成为今年“两会”的最强音。当代省长王珉仅用了45分钟作完一个仅有8000多字的《政府工作报告》时,与会的代表委员们除了感受到扑面新风,还听到了“发展”的匆匆脚步。\n\n  在《政府工作报告》中,谈到去年的成绩,有几个数字让人眼前一亮:我省生产总值实现2958.2亿元,增长12.2%。\n",
		trapWant{title: "东风吹放物华新", province: "吉林省", city: "", district: "", level: "province", docType: "其他", year: 2005, date: "2005-01-27"},
	},
	{
		"a digest line ——《…计划》(摘要) gives the plan's name (a review finding on meta-246)", "r181_n29_digest_year_plan_bracketed.txt",
		"奋力谱写新时代安康追赶超越新篇章\n——《安康市2016年国民经济和社会发展计划》(摘要)\n  报告站在全局和战略高度,科学总结了过去五年的工作,明确提出了今后五年的奋斗目标。\n",
		trapWant{title: "安康市2016年国民经济和社会发展计划", province: "陕西省", city: "安康市", district: "", level: "city", docType: "国民经济和社会发展计划报告", year: 0, date: ""},
	},
	{
		"所属乡镇 names no township (a review finding on meta-246)", "r181_n30_listing_subordinate_townships.txt",
		"2021年所属乡镇政府工作报告\n政府工作报告\n——2021年3月30日在某镇第十届人民代表大会第九次会议上\n各位代表:\n现在,我代表镇人民政府向大会报告工作,请予审议,并请列席人员提出意见。\n",
		trapWant{title: "政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2021, date: "2021-03-30"},
	},
	{
		"a headline opening on a count (13项指标…) keeps it: no page number (holdout1054/f08)", "r181_n31_headline_opens_with_count.txt",
		"首页 小说推荐 实时讯息 百科知识\n13项指标进展超过预期 重庆“十四五”交出高质量答卷\n0次浏览     发布时间:2025-08-29 16:32:00\n8月29日,高质量完成“十四五”规划 谱写中国式现代化重庆篇章系列主题新闻发布会举行,市发展改革委介绍“十四五”规划纲要实施情况。\n",
		trapWant{title: "13项指标进展超过预期重庆“十四五”交出高质量答卷", province: "", city: "", district: "", level: "", docType: "其他", year: 2025, date: "2025-08-29"},
	},
	{
		"a headline ending in 战报 over a byline is no paper's name (a review finding on meta-245)", "r180_m01_headline_ends_zhanbao.txt",
		"防汛抢险一线战报\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "防汛抢险一线战报", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline on a visit to a press centre (探访全国两会新闻中心) is no broadcaster's name (a review finding on meta-245)", "r180_m02_headline_visits_press_centre.txt",
		"探访全国两会新闻中心\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "探访全国两会新闻中心", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"an office whose name ends in 更新局 over the date line is no headline (a review finding on meta-245)", "r180_m03_office_gengxinju_over_date.txt",
		"深圳市城市更新局\n2018-02-11 10:20 来源：深圳市城市更新局\n  2月9日，市城市更新局召开2018年工作会议，总结2017年城市更新工作，部署2018年重点任务。会议要求，全面落实市政府工作报告确定的目标任务。\n  2017年，全市城市更新完成固定资产投资1200亿元，同比增长10%。\n",
		trapWant{title: "", province: "广东省", city: "深圳市", district: "", level: "city", docType: "其他", year: 2018, date: "2018-02-11"},
	},
	{
		"an office in 更新局 over the notice it issues stays the notice title's issuer (a review finding on meta-245)", "r180_m04_office_gengxinju_issues_notice.txt",
		"广州市城市更新局\n关于印发广州市城市更新项目监督管理实施细则的通知\n穗更新规字〔2017〕3号\n各区人民政府，市政府各部门：\n  《广州市城市更新项目监督管理实施细则》已经市人民政府同意，现印发给你们，请认真贯彻执行。执行中遇到的问题，请径向市城市更新局反映。\n广州市城市更新局\n2017年5月8日\n",
		trapWant{title: "广州市城市更新局关于印发广州市城市更新项目监督管理实施细则的通知", province: "广东省", city: "广州市", district: "", level: "city", docType: "其他", year: 2017, date: "2017-05-08"},
	},
	{
		"a share button run onto the headline's line (…完成近六成 转播到腾讯微博) is cut off it, the headline kept (a review finding on meta-245)", "r180_m05_share_button_run_onto_headline.txt",
		"首页 - 内蒙古新闻 - 国内 - 国际 - 文化 - 教育 - 旅游 加入收藏 | 设为首页\n您当前的位置 :新闻中心 > 内蒙古新闻 > 经济新闻 正文\n上半年内蒙古自治区地方财政收入完成近六成 转播到腾讯微博\n内蒙古新闻网  2011-07-26 14:56  来源: 内蒙古新闻网\n\n  本网讯 记者从自治区十一届人大常委会第二十三次会议获悉,今年上半年,全区地方财政总收入完成1166.7亿元,完成年度预算的57.8%,比上年同期增加298.4亿元,增长34.4%。\n\n  据悉,在全区地方财政总收入中,一般预算收入700.5亿元,完成年度预算的60%,增加168.9亿元,增长31.8%。全区地方财政支出998.9亿元,完成调整预算的38.7%。\n",
		trapWant{title: "上半年内蒙古自治区地方财政收入完成近六成", province: "内蒙古自治区", city: "", district: "", level: "province", docType: "其他", year: 2011, date: "2011-07-26"},
	},
	{
		"a wire that prints the communiqué in full (…统计公报,全文如下:) is the communiqué, not a story (a review finding on meta-245)", "r180_m06_wire_prints_communique_in_full.txt",
		"新华社北京2月28日电 国家统计局28日发布2019年国民经济和社会发展统计公报，全文如下：\n  一、综合\n  初步核算，全年国内生产总值990865亿元，比上年增长6.1%。其中，第一产业增加值70467亿元，增长3.1%；第二产业增加值386165亿元，增长5.7%；第三产业增加值534233亿元，增长6.9%。\n  全年全国居民人均可支配收入30733元，比上年增长8.9%。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "统计公报", year: 2020, date: ""},
	},
	{
		"a township's text about to enter the 十二五 (即将迈入“十二五”) speaks in the 十一五: not trusted (a review finding on meta-245)", "r180_m07_township_about_to_enter_twelfth.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议指出,今年是“十一五”的最后一年,我们即将迈入“十二五”,全镇农民人均纯收入年均增长12%。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"the targets the 十二五 plan set (“十二五”规划制定的各项目标) are no plan being drawn up: the text speaks in the period (a review finding on meta-245)", "r180_m08_township_targets_twelfth_plan_set.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议指出,要确保“十二五”规划制定的各项目标任务全面完成,全镇农民人均纯收入年均增长12%。\n",
		trapWant{title: "", province: "湖南省", city: "娄底市", district: "冷水江市", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"nor is the time since it was made and carried out (规划的制定实施以来) (a review finding on meta-245)", "r180_m09_township_since_twelfth_plan_made.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议指出,“十二五”规划的制定实施以来,全镇农民人均纯收入年均增长12%。\n",
		trapWant{title: "", province: "湖南省", city: "娄底市", district: "冷水江市", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a listing for our county's townships (2021年我县各乡镇政府工作报告) names none (a review finding on meta-245)", "r180_m10_listing_our_county_townships.txt",
		"2021年我县各乡镇政府工作报告\n政府工作报告\n——2021年3月30日在某镇第十届人民代表大会第九次会议上\n各位代表:\n现在,我代表镇人民政府向大会报告工作,请予审议,并请列席人员提出意见。\n",
		trapWant{title: "政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2021, date: "2021-03-30"},
	},
	{
		"nor one for a banner's sumu and townships (全旗苏木乡镇) (a review finding on meta-245)", "r180_m11_listing_banner_sumu_townships.txt",
		"2021年全旗苏木乡镇政府工作报告\n政府工作报告\n——2021年3月30日在某镇第十届人民代表大会第九次会议上\n各位代表:\n现在,我代表镇人民政府向大会报告工作,请予审议,并请列席人员提出意见。\n",
		trapWant{title: "政府工作报告", province: "内蒙古自治区", city: "", district: "", level: "county", docType: "政府工作报告", year: 2021, date: "2021-03-30"},
	},
	{
		"the points of a party congress's report under a headline (——学习贯彻市第四次党代会报告要点) name no document (a review finding on meta-245)", "r180_m12_party_congress_report_points_no_title.txt",
		"奋力谱写新时代安康追赶超越新篇章\n——学习贯彻市第四次党代会报告要点\n  市第四次党代会报告站在全局和战略高度,科学总结了过去五年的工作,明确提出了今后五年的奋斗目标。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a site line with its channel after an em dash (人民网—内蒙古频道 11-07-26 …) dates the page (a review finding on meta-245)", "r180_m13_two_figure_year_channel_em_dash.txt",
		"首页 - 内蒙古新闻 - 国内 - 国际 - 文化 - 教育 - 旅游 加入收藏 | 设为首页\n您当前的位置 :新闻中心 > 内蒙古新闻 > 经济新闻 正文\n上半年内蒙古自治区地方财政收入完成近六成\n人民网—内蒙古频道  11-07-26 14:56 打印本页 来源: 内蒙古新闻网\n\n  本网讯 记者从自治区十一届人大常委会第二十三次会议获悉,今年上半年,全区地方财政总收入完成1166.7亿元,完成年度预算的57.8%,比上年同期增加298.4亿元,增长34.4%。\n\n  据悉,在全区地方财政总收入中,一般预算收入700.5亿元,完成年度预算的60%,增加168.9亿元,增长31.8%。全区地方财政支出998.9亿元,完成调整预算的38.7%。\n",
		trapWant{title: "上半年内蒙古自治区地方财政收入完成近六成", province: "内蒙古自治区", city: "", district: "", level: "province", docType: "其他", year: 2011, date: "2011-07-26"},
	},
	{
		"so does one with its buttons run together (【打印此页】【关闭窗口】) (a review finding on meta-245)", "r180_m14_two_figure_year_buttons_run_together.txt",
		"首页 - 内蒙古新闻 - 国内 - 国际 - 文化 - 教育 - 旅游 加入收藏 | 设为首页\n您当前的位置 :新闻中心 > 内蒙古新闻 > 经济新闻 正文\n上半年内蒙古自治区地方财政收入完成近六成\n内蒙古新闻网  11-07-26 14:56 【打印此页】【关闭窗口】 来源: 内蒙古新闻网\n\n  本网讯 记者从自治区十一届人大常委会第二十三次会议获悉,今年上半年,全区地方财政总收入完成1166.7亿元,完成年度预算的57.8%,比上年同期增加298.4亿元,增长34.4%。\n\n  据悉,在全区地方财政总收入中,一般预算收入700.5亿元,完成年度预算的60%,增加168.9亿元,增长31.8%。全区地方财政支出998.9亿元,完成调整预算的38.7%。\n",
		trapWant{title: "上半年内蒙古自治区地方财政收入完成近六成", province: "内蒙古自治区", city: "", district: "", level: "province", docType: "其他", year: 2011, date: "2011-07-26"},
	},
	{
		"a site's Latin name and day with its source and author dates the page and marks the headline (a review finding on meta-245)", "r180_m15_latin_site_source_and_author.txt",
		"搜狐首页 - 新闻 - 体育 - 娱乐 - 财经 - IT - 汽车 - 房产\n搜狐首页 > 新闻频道 > 国内新闻 > 2005年吉林两会 > 吉林两会动态\n\n东风吹放物华新\n\nNEWS.SOHU.COM  2005年01月27日14:49  来源:吉林日报  作者:王晓明\n\n页面功能  【我来说两句】【推荐】【打印】 【关闭\n\n  “两会”年年开,今年不寻常。争先进位、“快走”变“快跑”,这成为今年“两会”的最强音。当代省长王珉仅用了45分钟作完一个仅有8000多字的《政府工作报告》时,与会的代表委员们除了感受到扑面新风,还听到了“发展”的匆匆脚步。\n\n  在《政府工作报告》中,谈到去年的成绩,有几个数字让人眼前一亮:我省生产总值实现2958.2亿元,增长12.2%。\n",
		trapWant{title: "东风吹放物华新", province: "吉林省", city: "", district: "", level: "province", docType: "其他", year: 2005, date: "2005-01-27"},
	},
	{
		"so does one with a hyphenated day (NEWS.SOHU.COM 2005-01-27 14:49) (a review finding on meta-245)", "r180_m16_latin_site_hyphen_day.txt",
		"搜狐首页 - 新闻 - 体育 - 娱乐 - 财经 - IT - 汽车 - 房产\n搜狐首页 > 新闻频道 > 国内新闻 > 2005年吉林两会 > 吉林两会动态\n\n东风吹放物华新\n\nNEWS.SOHU.COM  2005-01-27 14:49  来源:吉林日报\n\n页面功能  【我来说两句】【推荐】【打印】 【关闭\n\n  “两会”年年开,今年不寻常。争先进位、“快走”变“快跑”,这成为今年“两会”的最强音。当代省长王珉仅用了45分钟作完一个仅有8000多字的《政府工作报告》时,与会的代表委员们除了感受到扑面新风,还听到了“发展”的匆匆脚步。\n\n  在《政府工作报告》中,谈到去年的成绩,有几个数字让人眼前一亮:我省生产总值实现2958.2亿元,增长12.2%。\n",
		trapWant{title: "东风吹放物华新", province: "吉林省", city: "", district: "", level: "province", docType: "其他", year: 2005, date: "2005-01-27"},
	},
	{
		"an overline numbered in brackets (…特别报道（三）) is no title (a review finding on meta-245)", "r180_m17_overline_numbered_in_brackets.txt",
		"省十一届人大一次会议特别报道（三）\n代表委员热议：稳增长\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "代表委员热议：稳增长", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"nor one that focuses on a year's sessions (聚焦 2011·全国两会) (a review finding on meta-245)", "r180_m18_overline_focus_space_year_dot.txt",
		"聚焦 2011·全国两会\n代表委员热议：稳增长\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "代表委员热议：稳增长", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a paper's name and column apart by a space (新京报 两会特刊) is no title (a review finding on meta-245)", "r180_m19_paper_space_column.txt",
		"唐山要敢为人先勇于创新\n新京报 两会特刊\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "唐山要敢为人先勇于创新", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"nor a paper's name with its day and page (大河报 2011年3月5日 第A06版) (a review finding on meta-245)", "r180_m20_paper_day_and_page.txt",
		"唐山要敢为人先勇于创新\n大河报 2011年3月5日 第A06版\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "唐山要敢为人先勇于创新", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a broadcaster's 总台 over 本台讯 is no headline (a review finding on meta-245)", "r180_m21_broadcaster_zongtai_over_station_mark.txt",
		"海南广播电视总台\n本台讯 3月5日,省政府召开常务会议,讨论政府工作报告(征求意见稿)。\n  会议指出,过去一年全省经济社会发展取得显著成绩。\n",
		trapWant{title: "", province: "海南省", city: "", district: "", level: "province", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline over 本刊讯 is the story's (a review finding on meta-245)", "r180_m22_headline_over_benkan_mark.txt",
		"上半年全区地方财政收入完成近六成\n本刊讯 记者从自治区十一届人大常委会第二十三次会议获悉,今年上半年,全区地方财政总收入完成1166.7亿元,完成年度预算的57.8%。\n  据悉,在全区地方财政总收入中,一般预算收入700.5亿元,完成年度预算的60%。\n",
		trapWant{title: "上半年全区地方财政收入完成近六成", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"现代化新荣昌发展 names 荣昌, no 新荣 (a review finding on meta-245)", "r180_m23_new_rongchang_development.txt",
		"2022年政府工作报告\n各位代表：\n  现在，我代表区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。\n  过去一年，我们坚持以习近平新时代中国特色社会主义思想为指导，奋力谱写现代化新荣昌发展新篇章，地区生产总值增长8.1%。\n",
		trapWant{title: "2022年政府工作报告", province: "重庆市", city: "重庆市", district: "荣昌区", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a digest line naming the outline by its quoted period (——安康市“十三五”规划纲要(草案)摘登) gives its name (a review finding on meta-245)", "r180_m24_digest_quoted_period_outline.txt",
		"努力在追赶超越中唱响安康节奏\n——安康市“十三五”规划纲要(草案)摘登\n  “十三五”(2016-2020)时期,是全面建成小康社会的决胜期,是实施追赶超越目标、推进美丽富裕新安康建设迈向更高水平的关键期。根据党的十八届五中全会和中省市有关会议精神,编制本纲要。\n第一章 追赶超越 建设美丽富裕新安康\n第一节 发展基础\n实践证明,“十二五”时期是安康经济社会发展质量最好、综合实力提升最快的五年。\n",
		trapWant{title: "安康市“十三五”规划纲要(草案)", province: "陕西省", city: "安康市", district: "", level: "city", docType: "五年规划纲要", year: 0, date: ""},
	},
	{
		"so does one naming the budget report (——关于安康市…的报告摘要) (a review finding on meta-245)", "r180_m25_digest_budget_report.txt",
		"为全市发展提供坚实财力保障\n——关于安康市2015年预算执行情况和2016年预算草案的报告摘要\n  2015年,全市一般公共预算收入完成38.5亿元,增长10.2%。\n",
		trapWant{title: "关于安康市2015年预算执行情况和2016年预算草案的报告", province: "陕西省", city: "安康市", district: "", level: "city", docType: "预算报告", year: 0, date: ""},
	},
	{
		"a Word label in brackets ((Word文档)) is cut (a review finding on meta-245)", "r180_m26_word_label_in_brackets.txt",
		"2021年某县政府工作报告(Word文档)\n时间:2021-03-06 来源:某县政府网\n各位代表：\n  现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。\n  一、2020年工作回顾\n  过去一年，全县地区生产总值增长8.1%。\n",
		trapWant{title: "2021年某县政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2021, date: "2021-03-06"},
	},
	{
		"a headline ending on 困局 is no office in 局 (a review finding on meta-245)", "r180_m27_headline_ends_kunju.txt",
		"破解县域经济发展困局\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“县域经济是唐山发展的短板,破解县域经济发展困局,关键在改革。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "破解县域经济发展困局", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a province's delegation at the NPC reviewing the premier's report (广西代表团集体审议政府工作报告 … 李克强总理作的政府工作报告) is national (holdout1035/f08)", "r180_m28_province_delegation_at_npc_premier_report.txt",
		"3月5日下午,广西代表团集体审议政府工作报告。广西壮族自治区党委书记彭清华代表、自治区主席陈武代表先后发言。\n彭清华代表说,李克强总理作的政府工作报告既充分肯定取得的辉煌成就,也冷静判断形势、分析问题,具有很强的针对性、指导性和可操作性。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "national", docType: "其他", year: 0, date: ""},
	},
	{
		"美丽富裕新宋家 calls 宋家 new: 富裕 is an adjective, no 富裕县 (holdout1049/f03)", "r180_m29_beautiful_prosperous_new_township.txt",
		"当前位置:白河县人大网 >各镇人大 > 正文内容\n宋家镇第二十届人民代表大会第一次会议胜利闭幕!\n发布时间:2021年11月17日   作者:贺余环   来源:宋家镇人大\n 11月15日至16日,宋家镇第二十届人民代表大会第一次会议胜利召开,全镇55名人大代表参加会议。何玺同志代表镇人民政府作《政府工作报告》。会议号召全镇上下凝心聚力,奋力谱写美丽富裕新宋家建设新篇章。\n",
		trapWant{title: "宋家镇第二十届人民代表大会第一次会议胜利闭幕!", province: "", city: "", district: "", level: "", docType: "其他", year: 2021, date: "2021-11-17"},
	},
	{
		"a district's slogan calling itself new (现代化新荣昌建设) names 荣昌, no 新荣区 (holdout1034/f06)", "r179_k01_new_rongchang_building.txt",
		"?\n各位代表:\n现在,我代表区人民政府,向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。\n一、2023年工作回顾\n刚刚过去的一年,是全面贯彻落实党的二十大精神的开局之年,是新时代新征程新荣昌建设的起步之年。我们坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神和习近平总书记对重庆的重要指示批示精神,在市委、市政府和区委的坚强领导下,交出了经济社会发展的高分报表,实现了社会主义现代化新荣昌建设的良好开局。\n",
		trapWant{title: "政府工作报告", province: "重庆市", city: "重庆市", district: "荣昌区", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a headline that ends on 开新局 is no office's name in 局: the story's title (holdout1046/f01)", "r179_k02_headline_ends_kai_xin_ju.txt",
		"首页 > 幸福思明 > 正文\n不负韶华争朝夕 勇立潮头开新局\n厦门网 2021-12-28 17:45\n  昨日上午,思明区第十八届人民代表大会第一次会议开幕。思明区人民政府代区长陈通汕作思明区政府工作报告,回顾总结了2021年和过去五年的经济社会发展成就,提出2022年和今后五年的奋斗目标及发展蓝图。\n",
		trapWant{title: "不负韶华争朝夕勇立潮头开新局", province: "福建省", city: "厦门市", district: "思明区", level: "county", docType: "其他", year: 2021, date: "2021-12-28"},
	},
	{
		"a site line's two-figure year above 30 is of the last century (新华网  99-03-05 14:56 …): 1999, not 2099 (a review finding on meta-244)", "r179_j01_two_figure_year_last_century.txt",
		"首页 - 内蒙古新闻 - 国内 - 国际 - 文化 - 教育 - 旅游 加入收藏 | 设为首页\n您当前的位置 :新闻中心 > 内蒙古新闻 > 经济新闻 正文   \n转播到腾讯微博\n上半年内蒙古自治区地方财政收入完成近六成\n新华网  99-03-05 14:56 打印本页 来源: 新华社\n \n\n  本网讯 记者从自治区十一届人大常委会第二十三次会议获悉,今年上半年,全区地方财政总收入完成1166.7亿元,完成年度预算的57.8%,比上年同期增加298.4亿元,增长34.4%。在抓好收支预算执行的同时,各地区、各部门继续落实积极财政政策,不断提高民生保证水平。\n\n  据悉,在全区地方财政总收入中,一般预算收入700.5亿元,完成年度预算的60%,增加168.9亿元,增长31.8%。全区地方财政支出998.9亿元,完成调整预算的38.7%。\n",
		trapWant{title: "上半年内蒙古自治区地方财政收入完成近六成", province: "内蒙古自治区", city: "", district: "", level: "province", docType: "其他", year: 1999, date: "1999-03-05"},
	},
	{
		"the same line without a print button, kept as a field line, dates the page too (a review finding on meta-244)", "r179_j02_two_figure_year_line_kept.txt",
		"首页 - 内蒙古新闻 - 国内 - 国际 - 文化 - 教育 - 旅游 加入收藏 | 设为首页\n您当前的位置 :新闻中心 > 内蒙古新闻 > 经济新闻 正文   \n转播到腾讯微博\n上半年内蒙古自治区地方财政收入完成近六成\n内蒙古新闻网  11-07-26 14:56 来源: 内蒙古新闻网\n \n\n  本网讯 记者从自治区十一届人大常委会第二十三次会议获悉,今年上半年,全区地方财政总收入完成1166.7亿元,完成年度预算的57.8%,比上年同期增加298.4亿元,增长34.4%。在抓好收支预算执行的同时,各地区、各部门继续落实积极财政政策,不断提高民生保证水平。\n\n  据悉,在全区地方财政总收入中,一般预算收入700.5亿元,完成年度预算的60%,增加168.9亿元,增长31.8%。全区地方财政支出998.9亿元,完成调整预算的38.7%。\n",
		trapWant{title: "上半年内蒙古自治区地方财政收入完成近六成", province: "内蒙古自治区", city: "", district: "", level: "province", docType: "其他", year: 2011, date: "2011-07-26"},
	},
	{
		"so does one with the site's channel (人民网-内蒙古频道 11-07-26 …) (a review finding on meta-244)", "r179_j03_two_figure_year_site_channel.txt",
		"首页 - 内蒙古新闻 - 国内 - 国际 - 文化 - 教育 - 旅游 加入收藏 | 设为首页\n您当前的位置 :新闻中心 > 内蒙古新闻 > 经济新闻 正文   \n转播到腾讯微博\n上半年内蒙古自治区地方财政收入完成近六成\n人民网-内蒙古频道  11-07-26 14:56 打印本页 来源: 内蒙古新闻网\n \n\n  本网讯 记者从自治区十一届人大常委会第二十三次会议获悉,今年上半年,全区地方财政总收入完成1166.7亿元,完成年度预算的57.8%,比上年同期增加298.4亿元,增长34.4%。在抓好收支预算执行的同时,各地区、各部门继续落实积极财政政策,不断提高民生保证水平。\n\n  据悉,在全区地方财政总收入中,一般预算收入700.5亿元,完成年度预算的60%,增加168.9亿元,增长31.8%。全区地方财政支出998.9亿元,完成调整预算的38.7%。\n",
		trapWant{title: "上半年内蒙古自治区地方财政收入完成近六成", province: "内蒙古自治区", city: "", district: "", level: "province", docType: "其他", year: 2011, date: "2011-07-26"},
	},
	{
		"a line of share buttons (转播到腾讯微博 分享到新浪微博) over a headline is furniture, no title (a review finding on meta-244)", "r179_j04_share_buttons_one_line_over_headline.txt",
		"首页 - 内蒙古新闻 - 国内 - 国际 - 文化 - 教育 - 旅游 加入收藏 | 设为首页\n您当前的位置 :新闻中心 > 内蒙古新闻 > 经济新闻 正文   \n转播到腾讯微博 分享到新浪微博\n上半年内蒙古自治区地方财政收入完成近六成\n内蒙古新闻网  11-07-26 14:56 打印本页 来源: 内蒙古新闻网\n \n\n  本网讯 记者从自治区十一届人大常委会第二十三次会议获悉,今年上半年,全区地方财政总收入完成1166.7亿元,完成年度预算的57.8%,比上年同期增加298.4亿元,增长34.4%。在抓好收支预算执行的同时,各地区、各部门继续落实积极财政政策,不断提高民生保证水平。\n\n  据悉,在全区地方财政总收入中,一般预算收入700.5亿元,完成年度预算的60%,增加168.9亿元,增长31.8%。全区地方财政支出998.9亿元,完成调整预算的38.7%。\n",
		trapWant{title: "上半年内蒙古自治区地方财政收入完成近六成", province: "内蒙古自治区", city: "", district: "", level: "province", docType: "其他", year: 2011, date: "2011-07-26"},
	},
	{
		"a headline over 本站讯 is the story's, as over 本网讯 (a review finding on meta-244)", "r179_j05_headline_over_site_mark_benzhan.txt",
		"上半年全区地方财政收入完成近六成\n本站讯 记者从自治区十一届人大常委会第二十三次会议获悉,今年上半年,全区地方财政总收入完成1166.7亿元,完成年度预算的57.8%,比上年同期增加298.4亿元,增长34.4%。\n  据悉,在全区地方财政总收入中,一般预算收入700.5亿元,完成年度预算的60%,增加168.9亿元,增长31.8%。全区地方财政支出998.9亿元,完成调整预算的38.7%。\n",
		trapWant{title: "上半年全区地方财政收入完成近六成", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a broadcast's name (凤台新闻联播) over 本台讯 is no headline (a review finding on meta-244)", "r179_j06_broadcast_name_over_station_mark.txt",
		"凤台新闻联播\n本台讯 12月28日，县十七届人大常委会第二十次会议召开，会议听取了县人民政府关于2021年财政预算执行情况的报告，审议了县本级财政决算草案，并作出相关决议。\n会议指出，今年以来全县财政收支运行平稳，重点支出保障有力，各项财税改革有序推进，财政资金使用效益进一步提升。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"nor a media centre's (甘孜州融媒体中心) over 本网讯 (a review finding on meta-244)", "r179_j07_media_centre_over_site_mark.txt",
		"甘孜州融媒体中心\n本网讯 1月28日,记者从甘孜州人大常委会获悉,州第十三届人民代表大会第三次会议将于1月29日开幕,31日下午闭幕,预计会期3天。经过精心筹备,目前大会各项工作均已准备就绪。\n大会期间,拟安排预备会议1次、全体会议3次。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a ruby gloss whose bracket was lost to a full-width ？ is dropped too (a review finding on meta-244)", "r179_j08_ruby_lost_bracket_fullwidth_question.txt",
		"甘孜日？qǐng）？bào） 2024年01月29日\n本网讯 1月28日,记者从甘孜州人大常委会获悉,州第十三届人民代表大会第三次会议将于1月29日开幕,31日下午闭幕,预计会期3天。经过精心筹备,目前大会各项工作均已准备就绪。\n大会期间,拟安排预备会议1次、全体会议3次。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-01-29"},
	},
	{
		"成渝双城经济圈 names no 双城区 either (a review finding on meta-244)", "r179_j09_twin_city_circle_without_diqu.txt",
		"一、2020年国民经济和社会发展计划执行情况\n2020年以来,面对突如其来的新冠肺炎疫情冲击,面对国际国内形势的深刻复杂变化,全区上下坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻党的十九大和十九届二中三中四中五中全会精神,全面落实习近平总书记对重庆提出的营造良好政治生态,坚持“两点”定位、“两地”“两高”目标,发挥“三个作用”和推动成渝双城经济圈建设等重要指示要求,坚持稳中求进工作总基调,深入贯彻新发展理念,与时俱进深化供给侧结构性改革,着力战疫情、战复工、战贫困、战洪水,全力以赴做好“六稳”“六保”工作,脱贫攻坚取得全面胜利,决胜全面建成小康社会取得决定性成就,成渝双城经济圈建设和“一区两群”协调发展开局起势,统筹疫情防控和经济社会发展取得重大战略成果,三大攻坚战“八项行动计划”取得决定性成果,为“十四五”时期开启全面建设社会主义现代化国家新征程奠定了扎实基础。\n(一)疫情防控有力开展,经济社会秩序恢复成效显著。一是坚决扛起疫情防控重大责任。第一时间落实中央、市委决策部署,率先在全市启动突发公共卫生事件应急预案,建立完善联防联控机制,打赢疫情防控人民战争、总体战、阻击战。全面落实“外防输入、内防反弹”常态化疫情防控举措,全区疫情防控形势总体稳定。二是全力稳住经济基本盘。聚焦重点行业重点领域,强化经济运行调度,主要经济指标实现“V”型反转,增速好于预期。地区生产总值由一季度下降7.8%拉升至全年增长4.3%,全区经济韧性增强、新动能加速集聚、市场活跃提升,高质量发展态势更加明显。工业增加值增长6%,建筑业增加值总量跃居全市第一,服务业增加值增长3%,社零总额增长2.7%,投",
		trapWant{title: "", province: "重庆市", city: "重庆市", district: "", level: "county", docType: "国民经济和社会发展计划报告", year: 0, date: ""},
	},
	{
		"总书记对重庆市提出的… places the text in 重庆 as 总书记对重庆提出的 does (a review finding on meta-244)", "r179_j10_instructions_to_chongqing_full_name.txt",
		"一、2020年国民经济和社会发展计划执行情况\n2020年以来,面对突如其来的新冠肺炎疫情冲击,面对国际国内形势的深刻复杂变化,全区上下坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻党的十九大和十九届二中三中四中五中全会精神,全面落实习近平总书记对重庆市提出的营造良好政治生态,坚持“两点”定位、“两地”“两高”目标,发挥“三个作用”和推动成渝地区双城经济圈建设等重要指示要求,坚持稳中求进工作总基调,深入贯彻新发展理念,与时俱进深化供给侧结构性改革,着力战疫情、战复工、战贫困、战洪水,全力以赴做好“六稳”“六保”工作,脱贫攻坚取得全面胜利,决胜全面建成小康社会取得决定性成就,成渝地区双城经济圈建设和“一区两群”协调发展开局起势,统筹疫情防控和经济社会发展取得重大战略成果,三大攻坚战“八项行动计划”取得决定性成果,为“十四五”时期开启全面建设社会主义现代化国家新征程奠定了扎实基础。\n(一)疫情防控有力开展,经济社会秩序恢复成效显著。一是坚决扛起疫情防控重大责任。第一时间落实中央、市委决策部署,率先在全市启动突发公共卫生事件应急预案,建立完善联防联控机制,打赢疫情防控人民战争、总体战、阻击战。全面落实“外防输入、内防反弹”常态化疫情防控举措,全区疫情防控形势总体稳定。二是全力稳住经济基本盘。聚焦重点行业重点领域,强化经济运行调度,主要经济指标实现“V”型反转,增速好于预期。地区生产总值由一季度下降7.8%拉升至全年增长4.3%,全区经济韧性增强、新动能加速集聚、市场活跃提升,高质量发展态势更加明显。工业增加值增长6%,建筑业增加值总量跃居全市第一,服务业增加值增长3%,社零总额增长2.7%,投",
		trapWant{title: "", province: "重庆市", city: "重庆市", district: "", level: "county", docType: "国民经济和社会发展计划报告", year: 0, date: ""},
	},
	{
		"a township's text since entering the 十二五 (进入“十二五”以来) speaks in it: its township is trusted (a review finding on meta-244)", "r179_j11_township_entering_twelfth_since.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议指出,进入“十二五”以来,全镇农民人均纯收入年均增长12%,镇区面貌明显改善。\n",
		trapWant{title: "", province: "湖南省", city: "娄底市", district: "冷水江市", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"so is one on the ground laid in it (“十二五”期间打下了坚实基础) (a review finding on meta-244)", "r179_j12_township_ground_laid_in_twelfth.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议指出,“十二五”期间打下了坚实基础,全镇农民人均纯收入年均增长12%。\n",
		trapWant{title: "", province: "湖南省", city: "娄底市", district: "冷水江市", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a township's text on the 十二五 outline being drawn up (规划纲要编制) speaks in the 十一五: not trusted (a review finding on meta-244)", "r179_j13_township_outline_being_drawn_up.txt",
		"袁庄镇召开人代会\n28日,袁庄镇召开第十七届人民代表大会第三次会议,会议审议通过了政府工作报告。会议指出,要认真做好“十二五”规划纲要编制工作。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"fourteen or fifteen trees (十四五棵) name no plan period (a review finding on meta-244)", "r179_j14_township_count_trees.txt",
		"袁庄镇召开人代会\n28日,袁庄镇召开第十七届人民代表大会第三次会议,会议审议通过了政府工作报告。会议指出,全镇新栽树苗十四五棵,镇区面貌明显改善。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a series' headline (…发展成就巡礼) over its dash subtitle is the title (a review finding on meta-244)", "r179_j15_series_headline_over_dash_subtitle.txt",
		"袁庄镇“十三五”发展成就巡礼\n——农业农村篇\n本报记者 张洁\n  腊月二十六,记者来到袁庄镇王庄村,村支书王建国正在村部忙着给困难群众送年货。“今年村里的合作社分红了,家家户户都有了活钱,日子越过越红火。”王建国笑着说,今年村里还要再上两个项目。\n",
		trapWant{title: "袁庄镇“十三五”发展成就巡礼", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"an overline with its year (聚焦2011全国两会) is no title over the headline (a review finding on meta-244)", "r179_j16_overline_focus_with_year.txt",
		"聚焦2011全国两会\n代表委员热议：稳增长\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "代表委员热议：稳增长", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"any paper's name in 报 (中国劳动保障报) between headline and byline is no title (a review finding on meta-244)", "r179_j17_paper_laodong_baozhang_under_headline.txt",
		"唐山要敢为人先勇于创新\n中国劳动保障报\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "唐山要敢为人先勇于创新", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a meeting's line over a speaker's headline (张国栋说：唐山要率先发展) is no title: 说 makes no column (a review finding on meta-244)", "r179_j18_meeting_overline_over_speaker_says.txt",
		"河北省十一届人大四次会议\n张国栋说：唐山要率先发展\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "张国栋说：唐山要率先发展", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"Latin letters after an unquoted period's plan (…十四五规划AI) are a watermark (a review finding on meta-244)", "r179_j19_unquoted_period_plan_then_ai.txt",
		"某市国民经济和社会发展十四五规划AI\n时间:2024-03-06 来源:某市政府网\n  各位代表:现在,我代表市人民政府,向大会报告2023年国民经济和社会发展计划执行情况与2024年计划草案,请予审议。\n",
		trapWant{title: "某市国民经济和社会发展十四五规划", province: "", city: "", district: "", level: "", docType: "五年规划纲要", year: 2024, date: "2024-03-06"},
	},
	{
		"a township whose name ends in 乡镇 (五乡镇) is named: the listing's fuller title stays (a review finding on meta-244)", "r179_j20_township_named_wuxiangzhen.txt",
		"2021年五乡镇政府工作报告\n政府工作报告\n——2021年3月30日在五乡镇第十届人民代表大会第九次会议上\n各位代表:\n现在,我代表五乡镇人民政府向大会报告工作,请予审议,并请列席人员提出意见。\n",
		trapWant{title: "2021年五乡镇政府工作报告", province: "浙江省", city: "宁波市", district: "鄞州区", level: "county", docType: "政府工作报告", year: 2021, date: "2021-03-30"},
	},
	{
		"a document site's label after the name (…政府工作报告Word文档下载推荐) is cut (holdout1037/f05)", "r179_j21_document_site_word_label.txt",
		"德清县政府工作报告Word文档下载推荐.docx\n《德清县政府工作报告Word文档下载推荐.docx》由会员分享,可在线阅读。\n(一)力保经济平稳较快增长。\n一年来,我们扎实推进大平台大产业大项目大企业建设,全县经济回升向好势头更加巩固。\n",
		trapWant{title: "德清县政府工作报告", province: "浙江省", city: "湖州市", district: "德清县", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a story opening on a site's dateline (龙港网2月11日讯:) about a draft work report is no report (holdout1040/f01)", "r179_j22_dateline_story_on_draft_report.txt",
		"龙港网2月11日讯:昨天下午,县人大和\"一府两院\"工作报告征求意见会在龙港召开,就即将提请苍南县九届人大三次会议审议的县人大和\"一府两院\"四个工作报告征求意见稿,征求县人大代表们的意见和建议。\n会议上,首先由常务副县长代表苍南县人民政府汇报了县政府工作报告的征求意见稿,回顾了2013年来县政府的工作情况,提出了2014年县政府工作的总体要求。\n",
		trapWant{title: "", province: "浙江省", city: "温州市", district: "苍南县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a series' overline (…特别报道) over a headline of what was said at a meeting (…在参加唐山代表团审议时强调…), its byline crediting a picture, is no title: the headline is (a review finding on meta-243)", "r178_i01_overline_over_kicker_headline_picture.txt",
		"省十一届人大一次会议特别报道\n张国栋在参加唐山代表团审议时强调加快曹妃甸建设\n本报记者 张洁/文 李明/摄\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "张国栋在参加唐山代表团审议时强调加快曹妃甸建设", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"nor over a headline that tells a site's bustle (曹妃甸建设现场热火朝天) (a review finding on meta-243)", "r178_i02_overline_over_scene_headline_picture.txt",
		"省十一届人大一次会议特别报道\n曹妃甸建设现场热火朝天\n本报记者 张洁/文 李明/摄\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "曹妃甸建设现场热火朝天", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a column with a colon (代表委员说：谈创新) between a headline and its byline is no title: the headline is (a review finding on meta-243)", "r178_i03_column_shuo_colon_under_headline.txt",
		"唐山要敢为人先勇于创新\n代表委员说：谈创新\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "唐山要敢为人先勇于创新", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"nor a reporter's notes (记者手记：春潮涌动) (a review finding on meta-243)", "r178_i04_column_shouji_colon_under_headline.txt",
		"唐山要敢为人先勇于创新\n记者手记：春潮涌动\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "唐山要敢为人先勇于创新", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a paper's name with its column (人民政协报·两会特刊) between a headline and its byline is no title (a review finding on meta-243)", "r178_i05_paper_zhengxiebao_column_under_headline.txt",
		"唐山要敢为人先勇于创新\n人民政协报·两会特刊\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "唐山要敢为人先勇于创新", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"nor with its day (人民政协报 2008年1月20日) (a review finding on meta-243)", "r178_i06_paper_zhengxiebao_date_under_headline.txt",
		"唐山要敢为人先勇于创新\n人民政协报 2008年1月20日\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "唐山要敢为人先勇于创新", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 2008, date: "2008-01-20"},
	},
	{
		"a series' overline over a headline with a colon (代表委员热议：稳增长) is no title (a review finding on meta-243)", "r178_i07_overline_over_colon_headline.txt",
		"市十五届人大三次会议特别报道\n代表委员热议：稳增长\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "代表委员热议：稳增长", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a township's story laying the ground for the 十二五 (为“十二五”发展奠定了坚实基础) speaks in the 十一五: its township is not trusted (a review finding on meta-243)", "r178_i08_township_2010_ground_for_twelfth.txt",
		"袁庄镇召开人代会\n28日,袁庄镇召开第十七届人民代表大会第三次会议,会议审议通过了政府工作报告。会议指出,“十一五”期间全镇经济快速发展,为“十二五”发展奠定了坚实基础。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"nor one drawing up its plan (谋划好、编制好“十二五”规划) (a review finding on meta-243)", "r178_i09_township_2010_drawing_up_twelfth.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议要求,要认真谋划好、编制好“十二五”规划。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"nor one of the coming 十二五 (即将到来的“十二五”) (a review finding on meta-243)", "r178_i10_township_2010_coming_twelfth.txt",
		"袁庄镇召开人代会\n28日,袁庄镇召开第十七届人民代表大会第三次会议,会议审议通过了政府工作报告。会议要求,全镇上下要抢抓即将到来的“十二五”发展机遇。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"fourteen or fifteen buildings (十四五栋) name no plan period (a review finding on meta-243)", "r178_i11_township_count_fourteen_fifteen_buildings.txt",
		"袁庄镇召开人代会\n28日,袁庄镇召开第十七届人民代表大会第三次会议,会议审议通过了政府工作报告。会议指出,全镇新建十四五栋标准厂房,镇区面貌明显改善。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"nor degrees (十四五度) (a review finding on meta-243)", "r178_i12_township_temperature_fourteen_fifteen.txt",
		"袁庄镇召开人代会\n28日,袁庄镇召开第十七届人民代表大会第三次会议,会议审议通过了政府工作报告。会议当天气温只有十四五度,代表们依然准时到会。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"Latin letters after a five-year plan's draft in brackets (…规划（草案）AI) are a watermark (a review finding on meta-243)", "r178_i13_plan_draft_bracket_then_ai.txt",
		"某市国民经济和社会发展第十四个五年规划（草案）AI\n时间:2024-03-06 来源:某市政府网\n  各位代表:现在,我代表市人民政府,向大会报告2023年国民经济和社会发展计划执行情况与2024年计划草案,请予审议。\n",
		trapWant{title: "某市国民经济和社会发展第十四个五年规划（草案）", province: "", city: "", district: "", level: "", docType: "五年规划纲要", year: 2024, date: "2024-03-06"},
	},
	{
		"so are they after a year's plan's draft (…计划（草案）AI) (a review finding on meta-243)", "r178_i14_year_plan_draft_bracket_then_ai.txt",
		"某市2024年国民经济和社会发展计划（草案）AI\n时间:2024-03-06 来源:某市政府网\n  各位代表:现在,我代表市人民政府,向大会报告2023年国民经济和社会发展计划执行情况与2024年计划草案,请予审议。\n",
		trapWant{title: "某市2024年国民经济和社会发展计划（草案）", province: "", city: "", district: "", level: "", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-03-06"},
	},
	{
		"and after a plan named by its quoted period (…“十四五”规划AI) (a review finding on meta-243)", "r178_i15_quoted_period_plan_then_ai.txt",
		"某市国民经济和社会发展“十四五”规划AI\n时间:2024-03-06 来源:某市政府网\n  各位代表:现在,我代表市人民政府,向大会报告2023年国民经济和社会发展计划执行情况与2024年计划草案,请予审议。\n",
		trapWant{title: "某市国民经济和社会发展“十四五”规划", province: "", city: "", district: "", level: "", docType: "五年规划纲要", year: 2024, date: "2024-03-06"},
	},
	{
		"a listing's title for each township (2021年各乡镇政府工作报告) names none: the own title stays (a review finding on meta-243)", "r178_i16_listing_each_township.txt",
		"2021年各乡镇政府工作报告\n政府工作报告\n——2021年3月30日在坝镇第十届人民代表大会第九次会议上\n各位代表:\n现在,我代表坝镇人民政府向大会报告工作,请予审议,并请列席人员提出意见。\n",
		trapWant{title: "政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2021, date: "2021-03-30"},
	},
	{
		"nor one for a county's townships (2021年全县乡镇政府工作报告) (a review finding on meta-243)", "r178_i17_listing_county_townships.txt",
		"2021年全县乡镇政府工作报告\n政府工作报告\n——2021年3月30日在坝镇第十届人民代表大会第九次会议上\n各位代表:\n现在,我代表坝镇人民政府向大会报告工作,请予审议,并请列席人员提出意见。\n",
		trapWant{title: "政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2021, date: "2021-03-30"},
	},
	{
		"a headline over a lead opening on the site's mark (本网讯 记者从…) is the story's title (holdout1026/f03)", "r178_i18_headline_over_site_mark_lead.txt",
		"上半年全区地方财政收入完成近六成\n本网讯 记者从自治区十一届人大常委会第二十三次会议获悉,今年上半年,全区地方财政总收入完成1166.7亿元,完成年度预算的57.8%,比上年同期增加298.4亿元,增长34.4%。\n据悉,在全区地方财政总收入中,一般预算收入700.5亿元。\n",
		trapWant{title: "上半年全区地方财政收入完成近六成", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a paper's masthead whose 报 was lost before its ruby (甘孜日?qǐng)?bào)) is no headline over 本网讯; the ruby is dropped (holdout929/f06)", "r178_i19_masthead_lost_bracket_ruby_over_site_mark.txt",
		"甘孜日?qǐng)?bào) 2024年01月29日\n本网讯 1月28日,记者从甘孜州人大常委会获悉,州第十三届人民代表大会第三次会议将于1月29日开幕,31日下午闭幕,预计会期3天。经过精心筹备,目前大会各项工作均已准备就绪。\n大会期间,拟安排预备会议1次、全体会议3次。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-01-29"},
	},
	{
		"an overline over the headline, its byline crediting words and picture (本报记者 张洁/文 李明/图) and the lead is no title: the headline is (a review finding on meta-242)", "r177_h01_overline_over_headline_byline_picture.txt",
		"省十一届人大一次会议特别报道\n唐山要敢为人先勇于创新\n本报记者 张洁/文 李明/图\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "唐山要敢为人先勇于创新", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a column over a headline of a speaker's name and words (聚焦全国两会 / 张国栋：勇于创新) is no title (a review finding on meta-242)", "r177_h02_column_over_speaker_colon_headline.txt",
		"聚焦全国两会\n张国栋：勇于创新\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "张国栋：勇于创新", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline that ends in 捷报 over a byline is no paper's name (a review finding on meta-242)", "r177_h03_headline_ends_jiebao_over_byline.txt",
		"我市重点项目建设再传捷报\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "我市重点项目建设再传捷报", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"nor one that ends in 通报 under an overline (a review finding on meta-242)", "r177_h04_overline_over_headline_ends_tongbao.txt",
		"聚焦全国两会\n省政府对唐山市予以通报\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "省政府对唐山市予以通报", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline on a community's good news (东湖社区传来喜讯) is no site's mark (a review finding on meta-242)", "r177_h05_community_good_news_over_byline.txt",
		"东湖社区传来喜讯\n本报记者 张洁\n  近日,东湖社区被评为全国示范性老年友好型社区,这是全区唯一获此殊荣的社区。社区党委书记表示,将继续做好为老服务工作,让老年人安享幸福晚年,为全区老龄事业发展作出更大贡献。\n",
		trapWant{title: "东湖社区传来喜讯", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a township's story naming “十二五”以来 is of 2011 or later: placed by its township (a review finding on meta-242)", "r177_h06_township_twelfth_since.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议指出,“十二五”以来,全镇农民人均纯收入年均增长12%,城乡面貌显著改善。\n",
		trapWant{title: "", province: "湖南省", city: "娄底市", district: "冷水江市", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"so is one naming 十四五 without quotes before any word (为十四五开好局) (a review finding on meta-242)", "r177_h07_township_fourteenth_kaihaoju.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议强调,要为十四五开好局起好步,全镇上下要凝心聚力、真抓实干。\n",
		trapWant{title: "", province: "湖南省", city: "娄底市", district: "冷水江市", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"Latin letters after a five-year plan's name (…第十四个五年规划AI) are a watermark: the outline's type stays (a review finding on meta-242)", "r177_h08_plan_name_then_ai.txt",
		"某市国民经济和社会发展第十四个五年规划AI\n时间:2024-03-06 来源:某市政府网\n  各位代表:现在,我代表市人民政府,向大会报告2023年国民经济和社会发展计划执行情况与2024年计划草案,请予审议。\n",
		trapWant{title: "某市国民经济和社会发展第十四个五年规划", province: "", city: "", district: "", level: "", docType: "五年规划纲要", year: 2024, date: "2024-03-06"},
	},
	{
		"a template site's listing title with a word for townships (2021年乡镇政府工作报告) names no township: the own title stays (a review finding on meta-242)", "r177_h09_generic_township_listing.txt",
		"2021年乡镇政府工作报告\n政府工作报告\n——2021年3月30日在坝镇第十届人民代表大会第九次会议上\n各位代表:\n现在,我代表坝镇人民政府向大会报告工作,请予审议,并请列席人员提出意见。\n",
		trapWant{title: "政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2021, date: "2021-03-30"},
	},
	{
		"a proposal's approval note in brackets after its name on the title's line ((2025年12月6日…全体会议通过)) is no part of the title (holdout1022/f01, holdout1025/f05, round 172)", "r176_g01_proposal_approval_note_after_name.txt",
		"中共某某市委关于制定某某市国民经济和社会发展第十五个五年规划的建议(2025年12月6日中国共产党某某市第九届委员会第十次全体会议通过)\n中国共产党某某市第九届委员会第十次全体会议,全面贯彻党的二十届四中全会精神,深入分析发展环境面临的深刻复杂变化,就制定本市国民经济和社会发展第十五个五年规划提出如下建议。\n",
		trapWant{title: "中共某某市委关于制定某某市国民经济和社会发展第十五个五年规划的建议", province: "", city: "", district: "", level: "", docType: "其他", year: 2025, date: "2025-12-06"},
	},
	{
		"a listing's title naming the year and the township ((巢湖市)2021年坝镇人民政府工作报告(全文)) over the bare own title is the fuller name (holdout1022/f01, holdout1025/f05, round 172)", "r176_g02_township_report_listing_title.txt",
		"(巢湖市)2021年坝镇人民政府工作报告(全文)\n政府工作报告\n——2021年3月30日在坝镇第十届人民代表大会第九次会议上\n各位代表:\n现在,我代表坝镇人民政府向大会报告工作,请予审议,并请列席人员提出意见。\n",
		trapWant{title: "2021年坝镇人民政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2021, date: "2021-03-30"},
	},
	{
		"a photo's caption between the headline and a byline that credits the picture (本报记者 张洁/文 李明/图) is no title: the headline is (a review finding on meta-241)", "r175_f01_caption_between_byline_credits_picture.txt",
		"唐山要敢为人先勇于创新\n张国栋代表在分组审议现场发言\n本报记者 张洁/文 李明/图\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "唐山要敢为人先勇于创新", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a paper's name between the headline and the byline (人民日报海外版) is no title: the headline is (a review finding on meta-241)", "r175_f02_paper_name_between_headline_byline.txt",
		"唐山要敢为人先勇于创新\n人民日报海外版\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "唐山要敢为人先勇于创新", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a column's name and theme between the headline and the byline (两会声音:代表谈) is no title (a review finding on meta-241)", "r175_f03_column_colon_between.txt",
		"唐山要敢为人先勇于创新\n两会声音:代表谈\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "唐山要敢为人先勇于创新", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a news site's name over a byline with no headline (中国社会科学网 / 记者 张洁) is no title (a review finding on meta-241)", "r175_f04_site_name_over_byline_no_headline.txt",
		"中国社会科学网\n记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a paper's mark with only its reporter's name in brackets (本报讯（刘蕾）) is no headline (a review finding on meta-241)", "r175_f05_mark_with_name_only.txt",
		"本报讯（刘蕾）\n日前,德州市召开2024年重点项目建设推进会,市委书记、市长出席会议并讲话。会议强调,要坚持项目为王,全力以赴抓好重点项目建设,确保全年目标任务圆满完成。\n",
		trapWant{title: "", province: "山东省", city: "德州市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"nor one with the place and day it was filed (本报北京1月20日讯(记者 张三)) (a review finding on meta-241)", "r175_f06_mark_place_day.txt",
		"本报北京1月20日讯(记者 张三)\n日前,德州市召开2024年重点项目建设推进会,市委书记、市长出席会议并讲话。会议强调,要坚持项目为王,全力以赴抓好重点项目建设,确保全年目标任务圆满完成。\n",
		trapWant{title: "", province: "山东省", city: "德州市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a township's story that names the 十二五 as next year's (明年是“十二五”开局之年) may be of 2010, before the townships' names are trusted (a review finding on meta-241)", "r175_f07_township_2010_next_year_twelfth.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议总结了“十一五”时期取得的成绩,明年是“十二五”开局之年,全镇要早作准备。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a count (十四五家企业) is no plan period (a review finding on meta-241)", "r175_f08_township_count_jia.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议指出,全镇已有十四五家企业完成技术改造,农民人均纯收入稳步增长。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"an acronym after a plan's name in a headline (…国土空间规划APP) is a word, not a watermark: only one after a document's name is (a review finding on meta-241)", "r175_f09_plan_app_headline.txt",
		"自然资源局上线国土空间规划APP\n时间:2024-03-06 来源:某市日报\n  记者从市自然资源局获悉,今年我市将加快推进国土空间规划实施监督信息系统建设。\n",
		trapWant{title: "自然资源局上线国土空间规划APP", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-03-06"},
	},
	{
		"GEP ends a headline as a word (a review finding on meta-241)", "r175_f10_headline_ends_gep.txt",
		"丽水率先核算GEP\n时间:2024-03-06 来源:某市日报\n  记者从市自然资源局获悉,今年我市将加快推进国土空间规划实施监督信息系统建设。\n",
		trapWant{title: "丽水率先核算GEP", province: "浙江省", city: "丽水市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-03-06"},
	},
	{
		"a news app's name run into the day and time under the headline (开屏新闻2022-01-25 20:37) dates the story (holdout1016/f07, holdout1018/f06, round 171)", "r174_e01_app_name_run_into_day.txt",
		"某市2022年政府工作报告来了\n开屏新闻2022-01-25 20:37\n\n1月25日,昆明市第十五届人民代表大会第一次会议在昆明国际会展中心开幕,昆明市委副书记、市长刘佳晨作政府工作报告。\n",
		trapWant{title: "某市2022年政府工作报告来了", province: "云南省", city: "昆明市", district: "", level: "city", docType: "其他", year: 2022, date: "2022-01-25"},
	},
	{
		"photos' captions, each with its credit in brackets ((胡建华/摄)), are no title, though one names the report: the headline over the date line is (holdout1016/f07, holdout1018/f06, round 171)", "r174_e02_captions_bracket_credits.txt",
		"海曙区十届人大五次会议隆重开幕\n    2016年01月31日 10:40  海曙新闻网\n开幕现场(李玉飞/摄)\n区长吴胜武作《政府工作报告》(胡建华/摄)\n  海曙新闻网讯(记者毛一波) 1月31日上午,海曙区第十届人民代表大会第五次会议在雄壮的国歌声中隆重开幕。来自全区各行各业的人大代表汇聚一堂。\n",
		trapWant{title: "海曙区十届人大五次会议隆重开幕", province: "浙江省", city: "宁波市", district: "海曙区", level: "county", docType: "其他", year: 2016, date: "2016-01-31"},
	},
	{
		"a site's home link over a headline, its byline and lead (唐山新闻网首页 / …唐山要敢为人先勇于创新 / 本报记者 张洁) is no title: the headline is (a review finding on meta-240)", "r173_d01_site_home_over_headline.txt",
		"唐山新闻网首页\n唐山要敢为人先勇于创新\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "唐山要敢为人先勇于创新", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a photo's caption over the headline is no title either (a review finding on meta-240)", "r173_d02_caption_over_headline_byline.txt",
		"张国栋代表在分组审议现场发言\n唐山要敢为人先勇于创新\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "唐山要敢为人先勇于创新", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline over a byline that ends in 网 (织密织牢民生保障网) is kept: no paper's name (a review finding on meta-240)", "r173_d03_headline_ends_wang_over_byline.txt",
		"织密织牢民生保障网\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "织密织牢民生保障网", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a township's story of the 十二五 that compares with the 十一五's end and plans the 十三五 is of the years the townships' names are trusted for (a review finding on meta-240)", "r173_d04_township_twelfth_review_eleventh_end.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十七届人民代表大会第一次会议,会议审议通过了政府工作报告。会议指出,“十二五”期间,全镇财政收入比“十一五”末增长一倍;“十三五”时期,全镇将加快新型城镇化建设。\n",
		trapWant{title: "", province: "湖南省", city: "娄底市", district: "冷水江市", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"so is one naming 十四五 without quotes before other words (十四五承上启下的关键之年) (a review finding on meta-240)", "r173_d05_township_fourteenth_unquoted.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十八届人民代表大会第二次会议,会议审议通过了政府工作报告。会议指出,今年是十四五承上启下的关键之年,全镇要抓好十四五重点项目建设。\n",
		trapWant{title: "", province: "湖南省", city: "娄底市", district: "冷水江市", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"Latin letters after a report's name (2023年政府工作报告AI) are a watermark, though AI is a word (a review finding on meta-240)", "r173_d06_report_name_then_ai.txt",
		"2023年政府工作报告AI\n时间:2023-02-20 09:15   来源:某某网\n  各位代表:现在,我代表市人民政府,向大会报告工作,请予审议。\n",
		trapWant{title: "2023年政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2023, date: "2023-02-20"},
	},
	{
		"a paper's mark with its day alone on its line (本报1月20日讯(记者 张三)) is no headline (a review finding on meta-240)", "r173_d07_paper_day_mark_alone.txt",
		"本报1月20日讯(记者 张三)\n日前,德州市召开2024年重点项目建设推进会,市委书记、市长出席会议并讲话。会议强调,要坚持项目为王,全力以赴抓好重点项目建设,确保全年目标任务圆满完成。\n",
		trapWant{title: "", province: "山东省", city: "德州市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline that ends in 讯 with a picture's mark (县委党校喜获捷报讯(图)) is kept: no site's mark (a review finding on meta-240)", "r173_d08_headline_ends_xun_picture.txt",
		"县委党校喜获捷报讯(图)\n本报记者 张洁\n  近日,县委党校在全省党校系统教学评比中获得一等奖,这是该校连续第三年在全省评比中获奖。校长表示,将继续加强师资队伍建设,提升教学质量。\n",
		trapWant{title: "县委党校喜获捷报讯", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a period's name in corner quotes (「十四五」时期) counts (a review finding on meta-240)", "r173_d09_township_corner_quotes.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十八届人民代表大会第二次会议,会议审议通过了政府工作报告。会议指出,「十四五」时期,全镇将聚焦乡村振兴。\n",
		trapWant{title: "", province: "湖南省", city: "娄底市", district: "冷水江市", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a column's name between a headline and the byline over the lead (…唐山要敢为人先勇于创新 / 两会声音 / 本报记者 张洁 / 唐山市市长…) leaves the headline the title (a review finding on meta-239)", "r172_c01_column_between_headline_byline.txt",
		"唐山要敢为人先勇于创新\n两会声音\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "唐山要敢为人先勇于创新", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a photo's caption between the headline and the byline (张国栋代表在分组审议现场发言 / 本报记者 张洁/摄) is no title: the headline over it is (a review finding on meta-239)", "r172_c02_caption_between_headline_byline.txt",
		"唐山要敢为人先勇于创新\n张国栋代表在分组审议现场发言\n本报记者 张洁/摄\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "唐山要敢为人先勇于创新", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a paper's name over the byline (唐山劳动日报 / 本报记者 张洁) is no headline and places nothing (a review finding on meta-239)", "r172_c03_paper_name_over_byline.txt",
		"唐山劳动日报\n本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设沿海强省作出更大贡献,应该有更大作为。”张国栋说,唐山将加快曹妃甸建设。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a site's mark with its reporters in brackets alone on its line (德州新闻网讯(记者 张三 通讯员 李四)) is no headline (a review finding on meta-239)", "r172_c04_mark_with_reporters_alone.txt",
		"德州新闻网讯(记者 张三 通讯员 李四)\n日前,德州市召开2024年重点项目建设推进会,市委书记、市长出席会议并讲话。会议强调,要坚持项目为王,全力以赴抓好重点项目建设,确保全年目标任务圆满完成。\n",
		trapWant{title: "", province: "山东省", city: "德州市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"nor with a colon after it (德州新闻网讯:) (a review finding on meta-239)", "r172_c05_mark_with_colon.txt",
		"德州新闻网讯:\n日前,山东省人民政府发布《山东省国民经济和社会发展第十四个五年规划和2035年远景目标纲要》,明确了未来五年经济社会发展的总体目标、主要任务和重大举措。其中,《纲要》也提及德州重大项目和发展方向。\n",
		trapWant{title: "", province: "山东省", city: "", district: "", level: "province", docType: "其他", year: 0, date: ""},
	},
	{
		"a count of years (十四五岁) is no five-year plan's period: a township's story that names no year stays unplaced (a review finding on meta-239)", "r172_c06_township_age_range_no_period.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第三次会议,会议审议通过了政府工作报告。会议指出,全镇十四五岁的留守儿童要全部纳入关爱体系。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a township's story of the 十一五 looking ahead to the 十二五 is of the 十一五, before the townships' names are trusted (a review finding on meta-239)", "r172_c07_township_eleventh_looks_ahead.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十届人民代表大会第五次会议,会议审议通过了政府工作报告。会议总结了“十一五”成绩,并对谋划“十二五”发展作出部署。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline's last word in Latin letters that is a word (…一网通办App) is no watermark (a review finding on meta-239)", "r172_c08_title_ends_app.txt",
		"政务服务一网通办App\n时间:2023-03-10 来源:某市日报\n  记者从市政府获悉,今年我市将上线政务服务移动端。\n",
		trapWant{title: "政务服务一网通办App", province: "", city: "", district: "", level: "", docType: "其他", year: 2023, date: "2023-03-10"},
	},
	{
		"a headline that ends in an acronym (…温和上涨CPI) keeps it (holdout1007, round 170)", "r171_b01_cpi_headline.txt",
		"前三季度我市居民消费价格温和上涨CPI\n时间:2023-10-20 09:15   来源:某市日报\n  记者从市统计局获悉,前三季度,全市居民消费价格同比上涨0.3%,涨幅比上半年回落0.2个百分点。\n",
		trapWant{title: "前三季度我市居民消费价格温和上涨CPI", province: "", city: "", district: "", level: "", docType: "其他", year: 2023, date: "2023-10-20"},
	},
	{
		"a scraper's watermark after a report's name (2023年政府工作报告pbY) is still cut (holdout1007, round 170)", "r171_b02_watermark_still_cut.txt",
		"2023年政府工作报告pbY\n时间:2023-02-20 09:15   来源:某某网\n  各位代表:现在,我代表市人民政府,向大会报告工作,请予审议。\n",
		trapWant{title: "2023年政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2023, date: "2023-02-20"},
	},
	{
		"a township's congress story naming no year but the 十三五 period is placed in its township's county (holdout1007, round 170)", "r171_b03_township_thirteenth_period.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十三届人民代表大会第三次会议,会议审议通过了政府工作报告。会议指出,“十三五”期间,全镇将聚焦产业发展。\n",
		trapWant{title: "", province: "湖南省", city: "娄底市", district: "冷水江市", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"not one naming only the 十一五 period, before the townships' names are trusted (holdout1007, round 170)", "r171_b04_township_eleventh_period.txt",
		"禾青镇召开人代会\n28日,禾青镇召开第十一届人民代表大会第三次会议,会议审议通过了政府工作报告。会议指出,“十一五”期间,全镇将聚焦产业发展。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a story's headline over its byline alone (本报记者 张洁) and a lead that opens on no day (唐山市市长张国栋代表昨天…) is its title (holdout1008/f05, holdout1010, round 170)", "r171_a01_byline_headline.txt",
		"新闻中心 > 国内新闻 > 2008各地两会消息\n唐山市长张国栋代表:唐山要敢为人先勇于创新\n  本报记者 张洁\n  唐山市市长张国栋代表昨天在分组审议省政府工作报告时说:“唐山在实现下一个5年目标的过程中,应该为建设有实力、有活力、有竞争力的沿海强省作出更大贡献,应该有更大作为。”\n  张国栋说,目前唐山发展面临三大机遇。\n",
		trapWant{title: "唐山市长张国栋代表:唐山要敢为人先勇于创新", province: "河北省", city: "唐山市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a news site's mark alone on the first line (德州新闻网讯) is no headline and places nothing (holdout1008/f05, holdout1010, round 170)", "r171_a02_outlet_mark_alone.txt",
		"德州新闻网讯\n日前,山东省人民政府发布《山东省国民经济和社会发展第十四个五年规划和2035年远景目标纲要》(以下简称《纲要》),以十七篇六十八章的篇幅,明确了未来五年经济社会发展的总体目标、主要任务和重大举措。其中,《纲要》也提及德州重大项目和发展方向。\n加快发展智慧农业,建设济南、青岛、潍坊、德州智慧农业试验区。\n",
		trapWant{title: "", province: "山东省", city: "", district: "", level: "province", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline over a lead that opens on 近日, is the story's title (holdout1008/f05, holdout1010, round 170)", "r171_a03_recent_lead.txt",
		"牡丹江“十四五”发展报告:城乡收入差距缩小,多项指标超额完成\n近日,中共牡丹江市委宣传部、牡丹江市人民政府新闻办公室举行了高质量完成“十四五”规划系列主题新闻发布会。会上传来诸多好消息,“十四五”期间,牡丹江市城镇人均可支配收入稳居黑龙江省第三位。\n",
		trapWant{title: "牡丹江“十四五”发展报告:城乡收入差距缩小,多项指标超额完成", province: "黑龙江省", city: "牡丹江市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a wire story's lead, third under its source lines, on an autonomous region's chairman making the work report (新疆维吾尔自治区主席…作政府工作报告) is the region's (holdout1008/f05, holdout1010, round 170)", "r171_a04_region_chairman.txt",
		"2026-01-28 10:05:11 来源:某某网 责任编辑:王五\n某某网2026-01-28号报道\n  中新社乌鲁木齐1月27日电 (记者 张三)新疆维吾尔自治区主席艾尔肯·吐尼亚孜27日向自治区第十四届人民代表大会第五次会议作政府工作报告时提出,2026年新疆地区生产总值增长6%左右。\n  艾尔肯·吐尼亚孜说,过去五年新疆经济持续向好。\n",
		trapWant{title: "", province: "新疆维吾尔自治区", city: "", district: "", level: "province", docType: "其他", year: 2026, date: "2026-01-28"},
	},
	{
		"not a region's CPPCC chairman making its committee's report (自治区政协主席…作常务委员会工作报告): no speaker line (holdout1008/f05, holdout1010, round 170)", "r171_a05_cppcc_chairman.txt",
		"2026-01-28 10:05:11 来源:某某网 责任编辑:王五\n某某网2026-01-28号报道\n  中新社乌鲁木齐1月26日电 (记者 张三)新疆维吾尔自治区政协主席努尔兰·阿不都满金26日向自治区政协第十三届委员会第五次会议作常务委员会工作报告时说,过去一年政协工作成效显著。\n",
		trapWant{title: "", province: "新疆维吾尔自治区", city: "", district: "", level: "province", docType: "其他", year: 2026, date: "2026-01-28"},
	},
	{
		"an image's address between a headline and its date line (…今年这样干 / http://…/a1.jpg?width=600 / 2021-01-20 来源：…) is no title: the headline over it is (a review finding on meta-237)", "r170_h02_image_addr_query.txt",
		"政府工作报告解读：今年这样干\nhttp://img.ncnews.com.cn/2021/0120/a1.JPG?width=600\n2021-01-20 来源：南昌日报\n记者从市政府获悉，今年我市将重点抓好十个方面工作。\n",
		trapWant{title: "政府工作报告解读：今年这样干", province: "江西省", city: "南昌市", district: "", level: "city", docType: "其他", year: 2021, date: "2021-01-20"},
	},
	{
		"so without a query after the image's name (a review finding on meta-237)", "r170_h02b_image_addr_plain.txt",
		"政府工作报告解读：今年这样干\nhttp://img.ncnews.com.cn/2021/0120/a1.jpg\n2021-01-20 来源：南昌日报\n记者从市政府获悉，今年我市将重点抓好十个方面工作。\n",
		trapWant{title: "政府工作报告解读：今年这样干", province: "江西省", city: "南昌市", district: "", level: "city", docType: "其他", year: 2021, date: "2021-01-20"},
	},
	{
		"a government's name before a bar (南阳市人民政府 | 2021年南阳市政府工作报告) gives way to the report's name after it (a review finding on meta-237)", "r170_t04_sitecat_pipe.txt",
		"南阳市人民政府 | 2021年南阳市政府工作报告\n2021-01-25\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2020年工作回顾\n",
		trapWant{title: "2021年南阳市政府工作报告", province: "河南省", city: "南阳市", district: "", level: "city", docType: "政府工作报告", year: 2021, date: "2021-01-25"},
	},
	{
		"so does a site's section of documents before a bar (政府文件 | 2021年…) (a review finding on meta-237)", "r170_t04b_sitecat_pipe_short.txt",
		"政府文件 | 2021年南阳市政府工作报告\n2021-01-25\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2020年工作回顾\n",
		trapWant{title: "2021年南阳市政府工作报告", province: "河南省", city: "南阳市", district: "", level: "city", docType: "政府工作报告", year: 2021, date: "2021-01-25"},
	},
	{
		"and a government's name before a dash (南阳市人民政府 - 2021年…) (a review finding on meta-237)", "r170_t04c_sitecat_dash.txt",
		"南阳市人民政府 - 2021年南阳市政府工作报告\n2021-01-25\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2020年工作回顾\n",
		trapWant{title: "2021年南阳市政府工作报告", province: "河南省", city: "南阳市", district: "", level: "city", docType: "政府工作报告", year: 2021, date: "2021-01-25"},
	},
	{
		"an English story's headline on what a municipality's government did (Chongqing municipal government holds press conference…) is no report's name: it places nothing by itself (a review finding on meta-237)", "r170_e13_chongqing_story.txt",
		"Chongqing municipal government holds press conference on flood relief\n2013-07-12 10:00\nThe Chongqing municipal government said on Friday that heavy rain had forced the evacuation of 30,000 residents in the northern districts.\nRescue teams have been sent to the affected areas, officials said.\n",
		trapWant{title: "Chongqing municipal government holds press conference on flood relief", province: "", city: "", district: "", level: "", docType: "其他", year: 2013, date: "2013-07-12"},
	},
	{
		"a portal's address line with longer buttons after its day and time (【字体：大 中 小】【打印本页】) dates the story (a review finding on meta-237)", "r170_x03_addr_buttons_font.txt",
		"宁波市十四届人大三次会议闭幕\nhttp://www.cnnb.com.cn/ 中国宁波网 2013年02月25日 16:20 【字体：大 中 小】【打印本页】\n中国宁波网讯 今天下午，宁波市第十四届人民代表大会第三次会议闭幕。\n",
		trapWant{title: "宁波市十四届人大三次会议闭幕", province: "浙江省", city: "宁波市", district: "", level: "city", docType: "其他", year: 2013, date: "2013-02-25"},
	},
	{
		"a story's headline before an underscore and a column's name (代表委员热议：让群众有更多获得感_2024年政府工作报告专题) is the title, no site's category (a review finding on meta-236)", "r169_c01_story_then_column_year_report.txt",
		"代表委员热议：让群众有更多获得感_2024年政府工作报告专题\n发布时间:2024-01-22  来源:襄阳日报\n1月21日，市人大代表分组审议政府工作报告。代表们纷纷表示，报告实事求是、催人奋进。\n",
		trapWant{title: "代表委员热议：让群众有更多获得感", province: "湖北省", city: "襄阳市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-22"},
	},
	{
		"a story's words before a bar (襄阳市人大代表分组审议｜2024年襄阳市政府工作报告) keep the page a story (a review finding on meta-236)", "r169_c04_story_bar_year_report_review.txt",
		"襄阳市人大代表分组审议｜2024年襄阳市政府工作报告\n发布时间:2024-01-22  来源:襄阳日报\n1月21日，市人大代表分组审议政府工作报告。代表们纷纷表示，报告实事求是、催人奋进。\n",
		trapWant{title: "襄阳市人大代表分组审议", province: "湖北省", city: "襄阳市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-22"},
	},
	{
		"an explainer's word before an underscore (划重点_2024年襄阳市政府工作报告) is no site's category: no work report (a review finding on meta-236)", "r169_c09_huazhongdian_underscore.txt",
		"划重点_2024年襄阳市政府工作报告\n发布时间:2024-01-22  来源:襄阳日报\n1月21日，襄阳市十七届人大三次会议开幕，市长王祺扬作政府工作报告。\n",
		trapWant{title: "", province: "湖北省", city: "襄阳市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-22"},
	},
	{
		"a leadership clause that goes on to what the government did with a partner city's committee (…the Municipal Government joined the CPC Heyuan Municipal Committee in building…) names no city the report is of (a review finding on meta-236)", "r169_e01_organ_prefix_partner_city.txt",
		"Page Options\nReport on the Work of the Government 2012 (selection)\n2012-03-10\n\nThe first part: review of the work in 2011\n\nUnder the leadership of the CPC Central Committee, the State Council and the CPC Guangdong Provincial Committee, the Municipal Government joined the CPC Heyuan Municipal Committee in building the Shenzhen-Heyuan Industrial Transfer Park. The total value of our gross products reached 1150.6 billion Yuan, an increase of 10%.\n\nWe stuck to the strategy of innovation-driven development.\n",
		trapWant{title: "Report on the Work of the Government 2012(selection)", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2012, date: "2012-03-10"},
	},
	{
		"nor does one that goes on with Government departments at all levels worked with the CPC Heyuan Municipal Committee (a review finding on meta-236)", "r169_e02_organ_prefix_government_clause.txt",
		"Page Options\nReport on the Work of the Government 2012 (selection)\n2012-03-10\n\nThe first part: review of the work in 2011\n\nUnder the leadership of the CPC Central Committee and the State Council, Government departments at all levels worked with the CPC Heyuan Municipal Committee on counterpart assistance. The total value of our gross products reached 1150.6 billion Yuan.\n\nWe stuck to the strategy of innovation-driven development.\n",
		trapWant{title: "Report on the Work of the Government 2012(selection)", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2012, date: "2012-03-10"},
	},
	{
		"nor Council members of … visited the CPC Shanwei Municipal Committee (a review finding on meta-236)", "r169_e26_organ_prefix_people.txt",
		"Page Options\nReport on the Work of the Government 2012 (selection)\n2012-03-10\n\nUnder the leadership of the CPC Central Committee and the State Council, Council members of the CPC Guangdong Provincial Committee visited the CPC Shanwei Municipal Committee and we made great progress in poverty relief. The total value of our gross products reached 1150.6 billion Yuan.\n",
		trapWant{title: "Report on the Work of the Government 2012(selection)", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2012, date: "2012-03-10"},
	},
	{
		"a town's committee in the leadership list (…as well as the CPC Nanlang Town Committee) makes the report no city's (a review finding on meta-236)", "r169_e03_organ_as_well_as_district.txt",
		"Page Options\nReport on the Work of the Government 2012 (selection)\n2012-03-10\n\nUnder the leadership of the CPC Guangdong Provincial Committee, the CPC Zhongshan Municipal Committee as well as the CPC Nanlang Town Committee, we made great progress. The total value of our gross products reached 219.1 billion Yuan.\n",
		trapWant{title: "Report on the Work of the Government 2012(selection)", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2012, date: "2012-03-10"},
	},
	{
		"a meeting line after the speaker's office and name without a comma (Mayor Chen Maohui at the 6th session of …, 2011) dates and places the report (a review finding on meta-236)", "r169_e17_bare_speaker_no_comma.txt",
		"Report on the Work of the Government\nMayor Chen Maohui at the 6th session of the 13th Zhongshan People's Congress on January 22nd, 2011\n\nFellow deputies,\n\nOn behalf of the Municipal People's Government, I now present to you the report on the work of the government for your deliberation.\n",
		trapWant{title: "Report on the Work of the Government", province: "广东省", city: "中山市", district: "", level: "city", docType: "政府工作报告", year: 2011, date: "2011-01-22"},
	},
	{
		"so does one delivered by the speaker (Delivered by Mayor Chen Maohui at the 6th session …) (a review finding on meta-236)", "r169_e18_bare_delivered_by.txt",
		"Report on the Work of the Government\nDelivered by Mayor Chen Maohui at the 6th session of the 13th Zhongshan People's Congress on January 22nd, 2011\n\nFellow deputies,\n\nOn behalf of the Municipal People's Government, I now present to you the report on the work of the government for your deliberation.\n",
		trapWant{title: "Report on the Work of the Government", province: "广东省", city: "中山市", district: "", level: "city", docType: "政府工作报告", year: 2011, date: "2011-01-22"},
	},
	{
		"and one after a dash and the speaker (-- Mayor Chen Maohui at …) (a review finding on meta-236)", "r169_e19_bare_dash_speaker.txt",
		"Report on the Work of the Government\n-- Mayor Chen Maohui at the 6th session of the 13th Zhongshan People's Congress on January 22nd, 2011\n\nFellow deputies,\n\nOn behalf of the Municipal People's Government, I now present to you the report on the work of the government for your deliberation.\n",
		trapWant{title: "Report on the Work of the Government", province: "广东省", city: "中山市", district: "", level: "city", docType: "政府工作报告", year: 2011, date: "2011-01-22"},
	},
	{
		"and one after the speaker's name and office (Chen Maohui, Mayor, at …) (a review finding on meta-236)", "r169_e20_bare_name_title_comma.txt",
		"Report on the Work of the Government\nChen Maohui, Mayor, at the 6th session of the 13th Zhongshan People's Congress on January 22nd, 2011\n\nFellow deputies,\n\nOn behalf of the Municipal People's Government, I now present to you the report on the work of the government for your deliberation.\n",
		trapWant{title: "Report on the Work of the Government", province: "广东省", city: "中山市", district: "", level: "city", docType: "政府工作报告", year: 2011, date: "2011-01-22"},
	},
	{
		"and one after a speaker of three names (Mayor Ou Yang Wei, at …) (a review finding on meta-236)", "r169_e08_bare_speaker_three_word_name.txt",
		"Report on the Work of the Government\nMayor Ou Yang Wei, at the 6th session of the 13th Zhongshan People's Congress on January 22nd, 2011\n\nFellow deputies,\n\nOn behalf of the Municipal People's Government, I now present to you the report on the work of the government for your deliberation.\n",
		trapWant{title: "Report on the Work of the Government", province: "广东省", city: "中山市", district: "", level: "city", docType: "政府工作报告", year: 2011, date: "2011-01-22"},
	},
	{
		"a story's sentence that opens on a day, not a speaker (On Tuesday, at the 1st session of … 2017.), is no meeting line: the page's date stands (a review finding on meta-236)", "r169_e05_bare_story_two_word_comma.txt",
		"Home > News\nZhongshan sets GDP growth target of 8 percent\nUpdated: 2017-01-11\n\nOn Tuesday, at the 1st session of the 15th Zhongshan People's Congress on January 10th, 2017.\n\nMayor Jiao Lansheng delivered the report, promising faster growth. The report sets a GDP growth target of 8 percent.\n",
		trapWant{title: "Zhongshan sets GDP growth target of 8 percent", province: "", city: "", district: "", level: "", docType: "其他", year: 2017, date: "2017-01-11"},
	},
	{
		"nor is a name and a comma without an office (Jiao Lansheng, at the 1st session … 2017.) (a review finding on meta-236)", "r169_e21_story_caption_name_comma.txt",
		"Home > News\nZhongshan sets GDP growth target of 8 percent\nUpdated: 2017-01-11\n\nJiao Lansheng, at the 1st session of the 15th Zhongshan People's Congress on January 10th, 2017.\n\nMayor Jiao Lansheng on Tuesday delivered the report, promising faster growth. The report sets a GDP growth target of 8 percent.\n",
		trapWant{title: "Zhongshan sets GDP growth target of 8 percent", province: "", city: "", district: "", level: "", docType: "其他", year: 2017, date: "2017-01-11"},
	},
	{
		"a photo's caption over an image's address (开幕会现场座无虚席 / http://…/a1.jpg) is no reposted story's headline: the page's headline over its subtitle is (a review finding on meta-236)", "r169_h01_image_url_under_caption.txt",
		"奋力谱写高质量发展新篇章\n——市十七届人大三次会议开幕侧记\n开幕会现场座无虚席\nhttp://www.xy.gov.cn/images/2024/01/15/a1.jpg\n本报讯(记者 李四)1月15日上午,襄阳市第十七届人民代表大会第三次会议隆重开幕。市长王祺扬作政府工作报告。\n",
		trapWant{title: "奋力谱写高质量发展新篇章", province: "湖北省", city: "襄阳市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"so too under a date field (王祺扬作政府工作报告 / http://…jpg) (a review finding on meta-236)", "r169_h12_caption_url_under_headline_date.txt",
		"奋力谱写高质量发展新篇章\n——市十七届人大三次会议开幕侧记\n发布时间：2024-01-16 来源：襄阳日报\n王祺扬作政府工作报告\nhttp://www.xy.gov.cn/images/2024/01/15/a1.jpg\n1月15日上午,襄阳市第十七届人民代表大会第三次会议隆重开幕。\n",
		trapWant{title: "奋力谱写高质量发展新篇章", province: "湖北省", city: "襄阳市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-16"},
	},
	{
		"a paper's column and page (广州新闻 A04版) over its mark and reporter is no headline (a review finding on meta-236)", "r169_h06_mark_reporter_under_column.txt",
		"广州新闻 A04版\n羊城晚报讯 记者丰西西报道:2014年,广州市直党政机关和事业单位一般公共预算资金开支的“三公”经费合计为3.74亿元。今天,市人大常委会听取并审议了广州市财政局关于2014年全市市本级决算(草案)的报告。\n",
		trapWant{title: "", province: "广东省", city: "广州市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"研究生… opening a communiqué's title is no story's 研究 (a review finding on meta-236)", "r169_m07_yanjiu_report_title.txt",
		"研究生教育发展2023年统计公报\n发布时间:2024-03-01 来源:教育部\n2023年,全国共有研究生培养机构?个。\n",
		trapWant{title: "研究生教育发展2023年统计公报", province: "", city: "", district: "", level: "", docType: "统计公报", year: 2024, date: "2024-03-01"},
	},
	{
		"nor is 研究与试验发展经费投入统计公报 (a review finding on meta-236)", "r169_m10_rd_statistics_bulletin.txt",
		"研究与试验发展经费投入统计公报（2022年）\n发布时间:2023-09-20 来源:江苏省统计局\n2022年，全省共投入研究与试验发展（R&D）经费3835.4亿元。\n",
		trapWant{title: "研究与试验发展经费投入统计公报", province: "江苏省", city: "", district: "", level: "province", docType: "统计公报", year: 2023, date: "2023-09-20"},
	},
	{
		"a byline with a bar before its day (By Wang Ying | 2012-01-06 …) dates an English page (a review finding on meta-236)", "r169_e23_byline_pipe.txt",
		"About us | Contact us | 中文\nLocation: English -> News -> Authority ->\nBy Wang Ying | 2012-01-06 08:05:21\n\nMayor Li Wancai Delivered Report on the Work of the Government during the 5th Session of the 14th Dalian Municipal People's Congress\n\nFellow Deputies,\n\nOn behalf of the Dalian Municipal Government, I now present to you my report on the work of the government.\n",
		trapWant{title: "Mayor Li Wancai Delivered Report on the Work of the Government during the 5th Session of the 14th Dalian Municipal People's Congress", province: "辽宁省", city: "大连市", district: "", level: "city", docType: "政府工作报告", year: 2012, date: "2012-01-06"},
	},
	{
		"so does one with a hyphened name (By Zhou Hui-min 2012-01-06 …) (a review finding on meta-236)", "r169_e24_byline_hyphen_name.txt",
		"About us | Contact us | 中文\nLocation: English -> News -> Authority ->\nBy Zhou Hui-min 2012-01-06 08:05:21\n\nMayor Li Wancai Delivered Report on the Work of the Government during the 5th Session of the 14th Dalian Municipal People's Congress\n\nFellow Deputies,\n\nOn behalf of the Dalian Municipal Government, I now present to you my report on the work of the government.\n",
		trapWant{title: "Mayor Li Wancai Delivered Report on the Work of the Government during the 5th Session of the 14th Dalian Municipal People's Congress", province: "辽宁省", city: "大连市", district: "", level: "city", docType: "政府工作报告", year: 2012, date: "2012-01-06"},
	},
	{
		"a headline right over a paper's mark and reporter without a space (羊城晚报讯记者…) is the title (a review finding on meta-236)", "r169_h03_mark_reporter_no_space.txt",
		"公务用车购置费降逾六成\n羊城晚报讯记者丰西西、李静报道:2014年,广州市直党政机关和事业单位一般公共预算资金开支的“三公”经费合计为3.74亿元,同比减少1.15亿元。今天,市人大常委会听取并审议了广州市财政局关于2014年全市市本级决算(草案)的报告。\n",
		trapWant{title: "公务用车购置费降逾六成", province: "广东省", city: "广州市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline over an interpretation's subtitle naming the report in marks (——《桃江县政府工作报告》解读) is the title (a review finding on meta-236)", "r169_h07_interp_subtitle_bookmark.txt",
		"大力弘扬“挺抢”作风 奋力建设富饶美丽幸福新桃江\n——《桃江县政府工作报告》解读\n2024年12月23日,桃江县第十八届人民代表大会第四次会议举行开幕会,县长周登高代表县人民政府向大会作工作报告。报告全面回顾总结2024年的工作。\n回眸2024年\n",
		trapWant{title: "大力弘扬“挺抢”作风奋力建设富饶美丽幸福新桃江", province: "湖南省", city: "益阳市", district: "桃江县", level: "county", docType: "其他", year: 2024, date: "2024-12-23"},
	},
	{
		"the Central Committee's proposal titled without 的建议 (中共中央关于制定…第十三个五年规划) is no outline (a review finding on meta-236)", "r169_m01_party_proposal_zhongyang_cut.txt",
		"中共中央关于制定国民经济和社会发展第十三个五年规划\n发布时间:2015-11-03 来源:新华社\n中国共产党第十八届中央委员会第五次全体会议,全面分析国际国内形势,认为如期全面建成小康社会,必须制定好“十三五”规划。\n",
		trapWant{title: "中共中央关于制定国民经济和社会发展第十三个五年规划", province: "", city: "", district: "", level: "", docType: "其他", year: 2015, date: "2015-11-03"},
	},
	{
		"nor a county party committee's by its full name (中国共产党汕头市龙湖区委员会关于制定…) (a review finding on meta-236)", "r169_m02_party_proposal_full_name.txt",
		"中国共产党汕头市龙湖区委员会关于制定国民经济和社会发展第十三个五年规划\n发布时间:2015-12-20 来源:龙湖区人民政府\n“十三五”时期,是龙湖区全面建成小康社会的决胜阶段。\n",
		trapWant{title: "中国共产党汕头市龙湖区委员会关于制定国民经济和社会发展第十三个五年规划", province: "广东省", city: "汕头市", district: "龙湖区", level: "county", docType: "其他", year: 2015, date: "2015-12-20"},
	},
	{
		"nor one without 中共 (龙湖区委关于制定…) (a review finding on meta-236)", "r169_m03_party_proposal_no_zhonggong.txt",
		"龙湖区委关于制定国民经济和社会发展第十三个五年规划\n发布时间:2015-12-20 来源:龙湖区人民政府\n“十三五”时期,是龙湖区全面建成小康社会的决胜阶段。\n",
		trapWant{title: "龙湖区委关于制定国民经济和社会发展第十三个五年规划", province: "广东省", city: "汕头市", district: "龙湖区", level: "county", docType: "其他", year: 2015, date: "2015-12-20"},
	},
	{
		"a story reading a report by its figures in ASCII quotes (\"数\"读2024年…) is no report (a review finding on meta-236)", "r169_m04_shu_ascii_quotes.txt",
		"\"数\"读2024年惠州市政府工作报告\n建成10条以上市政路桥 启动惠坪高速建设\n\n1月17日,惠州市委副书记、市长温金荣作政府工作报告,明确2024年地区生产总值预期目标增长6%以上。\n",
		trapWant{title: "\"数\"读2024年惠州市政府工作报告", province: "广东省", city: "惠州市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"nor is “数”说2024年…政府工作报告 (a review finding on meta-236)", "r169_m05_shu_shuo.txt",
		"“数”说2024年惠州市政府工作报告\n建成10条以上市政路桥 启动惠坪高速建设\n\n1月17日,惠州市委副书记、市长温金荣作政府工作报告,明确2024年地区生产总值预期目标增长6%以上。\n",
		trapWant{title: "“数”说2024年惠州市政府工作报告", province: "广东省", city: "惠州市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a leadership clause whose first organ comes with its leader (the CPC Central Committee with Comrade Hu Jintao as General Secretary, the CPC Guangdong Provincial Committee and the CPC Zhongshan Municipal Committee) still gives the city (a review finding on meta-235)", "r168_e01_ledby_core_phrase.txt",
		"Page Options\nReport on the Work of the Government 2012 (selection)\n2012-03-10\n\nThe first part: review of the work in 2011\n\nUnder the strong leadership of the CPC Central Committee with Comrade Hu Jintao as General Secretary, the CPC Guangdong Provincial Committee and the CPC Zhongshan Municipal Committee, we pushed forward the integration of urban and rural areas. The total value of our gross products reached 219.1 billion Yuan, an increase of 11.1%.\n\nZhongshan stuck to the strategy of building a strong manufacturing city.\n",
		trapWant{title: "Report on the Work of the Government 2012(selection)", province: "广东省", city: "中山市", district: "", level: "city", docType: "政府工作报告", year: 2012, date: "2012-03-10"},
	},
	{
		"so does one whose list goes on with as well as (…and the CPC Zhongshan Municipal Committee as well as the Municipal People's Congress) (a review finding on meta-235)", "r168_e05_ledby_adjective_before_names.txt",
		"Page Options\nReport on the Work of the Government 2012 (selection)\n2012-03-10\n\nThe first part: review of the work in 2011\n\nUnder the leadership of the Party Central Committee, the State Council, the Provincial Party Committee and the CPC Zhongshan Municipal Committee as well as the Municipal People's Congress, we made great progress. The total value of our gross products reached 219.1 billion Yuan.\n",
		trapWant{title: "Report on the Work of the Government 2012(selection)", province: "广东省", city: "中山市", district: "", level: "city", docType: "政府工作报告", year: 2012, date: "2012-03-10"},
	},
	{
		"an English story's headline ending on a session (…delivers report at the 1st session of the 15th Zhongshan People's Congress on January 10th, 2017) is no meeting line: the page's date stands (a review finding on meta-235)", "r168_e07_bare_headline_story.txt",
		"Home > News\nZhongshan mayor delivers report at the 1st session of the 15th Zhongshan People's Congress on January 10th, 2017\nUpdated: 2017-01-11\n\nMayor Jiao Lansheng on Tuesday delivered the report, promising faster growth.\n\nThe report sets a GDP growth target of 8 percent.\n",
		trapWant{title: "Zhongshan mayor delivers report at the 1st session of the 15th Zhongshan People's Congress on January 10th, 2017", province: "", city: "", district: "", level: "", docType: "其他", year: 2017, date: "2017-01-11"},
	},
	{
		"a meeting line after a dash and ending with a full stop (-- At the 6th session of … on January 22nd, 2011.) dates and places the report (a review finding on meta-235)", "r168_e10_bare_dash_line.txt",
		"Report on the Work of the Government\n-- At the 6th session of the 13th Zhongshan People's Congress on January 22nd, 2011.\nMayor Chen Maohui\n\nFellow deputies,\n\nOn behalf of the Municipal People's Government, I now present to you the report on the work of the government for your deliberation.\n\nUnder the leadership of CPC Zhongshan Municipal Committee, our city in 2010 made great progress.\n",
		trapWant{title: "Report on the Work of the Government", province: "广东省", city: "中山市", district: "", level: "city", docType: "政府工作报告", year: 2011, date: "2011-01-22"},
	},
	{
		"a byline with its author and day (By Wang Ying 2012-01-06 08:05:21) dates an English page (a review finding on meta-235)", "r168_e12_date_by_author_time.txt",
		"About us | Contact us | 中文\nLocation: English -> News -> Authority ->\nBy Wang Ying 2012-01-06 08:05:21\n\nMayor Li Wancai Delivered Report on the Work of the Government during the 5th Session of the 14th Dalian Municipal People's Congress\n\nFellow Deputies,\n\nOn behalf of the Dalian Municipal Government, I now present to you my report on the work of the government.\n",
		trapWant{title: "Mayor Li Wancai Delivered Report on the Work of the Government during the 5th Session of the 14th Dalian Municipal People's Congress", province: "辽宁省", city: "大连市", district: "", level: "city", docType: "政府工作报告", year: 2012, date: "2012-01-06"},
	},
	{
		"a meeting line in brackets and a full stop after them ((At … 2011).) dates and places the report (a review finding on meta-235)", "r168_e21_bare_paren_then_period.txt",
		"Report on the Work of the Government\n(At the 6th session of the 13th Zhongshan People's Congress on January 22nd, 2011).\nMayor Chen Maohui\n\nFellow deputies,\n\nOn behalf of the Municipal People's Government, I now present to you the report on the work of the government for your deliberation.\n",
		trapWant{title: "", province: "广东省", city: "中山市", district: "", level: "city", docType: "政府工作报告", year: 2011, date: "2011-01-22"},
	},
	{
		"so does one with the speaker after it (At the 6th session of … on January 22nd, 2011, by Mayor Chen Maohui) (a review finding on meta-235)", "r168_e22_bare_speaker_after_meeting.txt",
		"Report on the Work of the Government\nAt the 6th session of the 13th Zhongshan People's Congress on January 22nd, 2011, by Mayor Chen Maohui\n\nFellow deputies,\n\nOn behalf of the Municipal People's Government, I now present to you the report on the work of the government for your deliberation.\n",
		trapWant{title: "Report on the Work of the Government", province: "广东省", city: "中山市", district: "", level: "city", docType: "政府工作报告", year: 2011, date: "2011-01-22"},
	},
	{
		"a forum's edit note in the panel (本帖最后由 老猫 于 2019-8-2 10:11 编辑) is no poster line: the post's 发表于 day dates the page (a review finding on meta-235)", "r168_f03_forum_edit_note_in_panel.txt",
		"关灯\n开启左侧\n[湖南] 长沙市2017年政府工作报告\n[复制链接]\n本帖最后由 老猫 于 2019-8-2 10:11 编辑\n老猫 发表于 2017-3-21 15:17:06 | 显示全部楼层 |阅读模式\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n一、本届政府及2016年工作回顾\n",
		trapWant{title: "长沙市2017年政府工作报告", province: "湖南省", city: "长沙市", district: "", level: "city", docType: "政府工作报告", year: 2017, date: "2017-03-21"},
	},
	{
		"a first line opening with an organ, no place (市人民政府关于…中期评估的报告), over the own title broken over three lines, is the whole name (a review finding on meta-235)", "r168_t01_title_first_no_place_organ.txt",
		"市人民政府关于国民经济和社会发展第十四个五年规划纲要实施情况中期评估的报告\n发布时间：2023-12-01  来源：市人大常委会\n重庆市人民政府\n关于国民经济和社会发展第十四个五年规划纲要\n实施情况中期评估的报告\n——2023年11月29日在市六届人大常委会第五次会议上\n各位委员：\n我受市政府委托，报告规划纲要实施情况中期评估工作。\n",
		trapWant{title: "市人民政府关于国民经济和社会发展第十四个五年规划纲要实施情况中期评估的报告", province: "重庆市", city: "", district: "", level: "province", docType: "其他", year: 2023, date: "2023-11-29"},
	},
	{
		"政协 before a people's congress standing committee's name (人民政协第十四届全国人民代表大会常务委员会工作报告) is no CPPCC name: the label is cut as before (a review finding on meta-235)", "r168_t04_cppcc_label_before_npc_sc.txt",
		"人民政协第十四届全国人民代表大会常务委员会工作报告\n发布时间:2024-03-08  来源:人民政协网\n各位代表:\n我受全国人民代表大会常务委员会委托，向大会报告工作，请予审议。\n",
		trapWant{title: "第十四届全国人民代表大会常务委员会工作报告", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-03-08"},
	},
	{
		"a headline opening on 专题研究 keeps it and is a story, no plan report (a review finding on meta-235)", "r168_t07_verb_zhuanti_yanjiu.txt",
		"专题研究2020年国民经济和社会发展计划\n本报讯(记者王皓)昨天,市政府召开常务会议,专题研究2020年国民经济和社会发展计划。市长主持会议。\n会议指出,要提前谋划安排明年工作。\n",
		trapWant{title: "专题研究2020年国民经济和社会发展计划", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a story's section heading under a solid bullet (●经济发展 / 各项经济指标均超规划预期) is no title (a review finding on meta-235)", "r168_t09_bullet_solid_circle.txt",
		"江西省建成保障房68.71万套 17县市财政总收入超20亿\n28.11.2013 17:29\n本文来源: 江西信息港 - 江西新闻网\n●经济发展\n各项经济指标均超规划预期\n据李安泽介绍,《纲要》实施两年多来,全省经济社会全面发展。前两年,全省生产总值平均增长11.8%,均超过规划预期。\n●城镇规划\n17县市财政总收入超20亿\n",
		trapWant{title: "江西省建成保障房68.71万套17县市财政总收入超20亿", province: "江西省", city: "", district: "", level: "province", docType: "其他", year: 2013, date: "2013-11-28"},
	},
	{
		"a first line opening with 省人民政府关于… over the own title broken over lines: the own title with its place, a plan report (a review finding on meta-235; the place since meta-278, as round 213's reader cites such a page)", "r168_t12_title_first_sheng_organ.txt",
		"省人民政府关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n发布时间：2024-01-25  来源：省人大常委会\n湖南省人民政府关于2023年国民经济和社会发展计划\n执行情况与2024年计划草案的报告\n——2024年1月21日在湖南省第十四届人民代表大会第二次会议上\n各位代表：\n受省人民政府委托，现将计划执行情况与计划草案提请大会审议。\n",
		trapWant{title: "湖南省人民政府关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告", province: "湖南省", city: "", district: "", level: "province", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-01-21"},
	},
	{
		"nor is one under a diamond (◆经济发展) (a review finding on meta-235)", "r168_t13_bullet_diamond.txt",
		"江西省建成保障房68.71万套 17县市财政总收入超20亿\n28.11.2013 17:29\n本文来源: 江西信息港 - 江西新闻网\n◆经济发展\n各项经济指标均超规划预期\n据李安泽介绍,《纲要》实施两年多来,全省经济社会全面发展。前两年,全省生产总值平均增长11.8%,均超过规划预期。\n",
		trapWant{title: "江西省建成保障房68.71万套17县市财政总收入超20亿", province: "江西省", city: "", district: "", level: "province", docType: "其他", year: 2013, date: "2013-11-28"},
	},
	{
		"a post's length and reading time in another wording (本文共2875字，阅读约需7分钟) is furniture too, no title (a review finding on meta-234)", "r167_c01_reading_time_both_yue_xu.txt",
		"本文共2875字，阅读约需7分钟\n虹口区第十六届人大四次会议\n2019-01-16\n1月15日上午，虹口区第十六届人民代表大会第四次会议开幕。区长曹立强作政府工作报告。\n",
		trapWant{title: "虹口区第十六届人大四次会议", province: "上海市", city: "上海市", district: "虹口区", level: "county", docType: "其他", year: 2019, date: "2019-01-16"},
	},
	{
		"so is 全文共2875字，阅读大约需要7分钟 (a review finding on meta-234)", "r167_c02_reading_time_colon_form.txt",
		"全文共2875字，阅读大约需要7分钟\n虹口区第十六届人大四次会议\n2019-01-16\n1月15日上午，虹口区第十六届人民代表大会第四次会议开幕。区长曹立强作政府工作报告。\n",
		trapWant{title: "虹口区第十六届人大四次会议", province: "上海市", city: "上海市", district: "虹口区", level: "county", docType: "其他", year: 2019, date: "2019-01-16"},
	},
	{
		"an English page's day written with slashes over its buttons (2011/03/28 Download Print) dates it and stands under its headline (a review finding on meta-234)", "r167_e01_en_date_buttons_slash.txt",
		"Home>Business>Economy Communique\n\nStatistical Communiqué of Hunan Province on the 2010 National Economic and Social Development\n\n2011/03/28 Download Print\n\nIn 2010, under the strong leadership of Hunan Provincial Committee of CCP, people all over the province maintained steady and rapid economic growth.\n\nⅠ.General Outlook\n\nIn 2010, the Gross Domestic Product of the province amounted to 1590.2 billion Yuan, up by 14.5%.\n",
		trapWant{title: "Statistical Communiqué of Hunan Province on the 2010 National Economic and Social Development", province: "湖南省", city: "", district: "", level: "province", docType: "统计公报", year: 2011, date: "2011-03-28"},
	},
	{
		"so does its day and time over its buttons (2011-03-28 10:15 Print Close) (a review finding on meta-234)", "r167_e02_en_date_buttons_time.txt",
		"Home>Business>Economy Communique\n\nStatistical Communiqué of Hunan Province on the 2010 National Economic and Social Development\n\n2011-03-28 10:15 Print Close\n\nIn 2010, under the strong leadership of Hunan Provincial Committee of CCP, people all over the province maintained steady and rapid economic growth.\n\nⅠ.General Outlook\n\nIn 2010, the Gross Domestic Product of the province amounted to 1590.2 billion Yuan, up by 14.5%.\n",
		trapWant{title: "Statistical Communiqué of Hunan Province on the 2010 National Economic and Social Development", province: "湖南省", city: "", district: "", level: "province", docType: "统计公报", year: 2011, date: "2011-03-28"},
	},
	{
		"and its day with its buttons between bars (2011-03-28 | Download | Print) (a review finding on meta-234)", "r167_e03_en_date_buttons_bars.txt",
		"Home>Business>Economy Communique\n\nStatistical Communiqué of Hunan Province on the 2010 National Economic and Social Development\n\n2011-03-28 | Download | Print\n\nIn 2010, under the strong leadership of Hunan Provincial Committee of CCP, people all over the province maintained steady and rapid economic growth.\n\nⅠ.General Outlook\n\nIn 2010, the Gross Domestic Product of the province amounted to 1590.2 billion Yuan, up by 14.5%.\n",
		trapWant{title: "Statistical Communiqué of Hunan Province on the 2010 National Economic and Social Development", province: "湖南省", city: "", district: "", level: "province", docType: "统计公报", year: 2011, date: "2011-03-28"},
	},
	{
		"a communiqué's headline naming its province at its end (Statistical Communiqué on the 2010 … Development of Hunan Province) names the province (a review finding on meta-234)", "r167_e04_en_communique_order_variant.txt",
		"Home>Business>Economy Communique\n\nStatistical Communiqué on the 2010 National Economic and Social Development of Hunan Province\n\n2011-03-28 Download Print\n\nIn 2010, under the strong leadership of Hunan Provincial Committee of CCP, people all over the province maintained steady and rapid economic growth.\n\nⅠ.General Outlook\n\nIn 2010, the Gross Domestic Product of the province amounted to 1590.2 billion Yuan, up by 14.5%.\n",
		trapWant{title: "Statistical Communiqué on the 2010 National Economic and Social Development of Hunan Province", province: "湖南省", city: "", district: "", level: "province", docType: "统计公报", year: 2011, date: "2011-03-28"},
	},
	{
		"a county word later in the sentence (…the county economy of the whole region) does not undo the city committee the report worked under (a review finding on meta-234)", "r167_e07_en_ledby_county_economy.txt",
		"Page Options\n>> >>view\nReport on the Work of the Government 2012 (selection)\n2012-03-10\n\nThe first part: review of the work in 2011\n\nUnder the leadership of CPC Zhongshan Municipal Committee, we pushed forward the integration of urban and rural areas and the county economy of the whole region. The total value of our gross products reached 219.1 billion Yuan, an increase of 11.1%.\n\nZhongshan stuck to the strategy of building a strong manufacturing city.\n",
		trapWant{title: "Report on the Work of the Government 2012(selection)", province: "广东省", city: "中山市", district: "", level: "city", docType: "政府工作报告", year: 2012, date: "2012-03-10"},
	},
	{
		"nor does a New District the sentence names after the list of committees (a review finding on meta-234)", "r167_e08_en_ledby_district_later_in_sentence.txt",
		"Page Options\n>> >>view\nReport on the Work of the Government 2012 (selection)\n2012-03-10\n\nThe first part: review of the work in 2011\n\nUnder the leadership of CPC Guangdong Provincial Committee and CPC Zhongshan Municipal Committee, our city in 2011 pressed ahead with the Cuiheng New District and the Torch Development Zone, and the total value of our gross products reached 219.1 billion Yuan, an increase of 11.1%.\n\nZhongshan stuck to the strategy of building a strong manufacturing city.\n",
		trapWant{title: "Report on the Work of the Government 2012(selection)", province: "广东省", city: "中山市", district: "", level: "city", docType: "政府工作报告", year: 2012, date: "2012-03-10"},
	},
	{
		"a partner city's committee after the list of committees (…CPC Shenzhen Municipal Committee, our city carried out the assistance agreed with CPC Heyuan Municipal Committee) is no committee the report worked under (a review finding on meta-234)", "r167_e09_en_ledby_partner_city.txt",
		"Page Options\n>> >>view\nReport on the Work of the Government 2012 (selection)\n2012-03-10\n\nThe first part: review of the work in 2011\n\nUnder the leadership of CPC Guangdong Provincial Committee and CPC Shenzhen Municipal Committee, our city carried out the paired assistance agreed with CPC Heyuan Municipal Committee, and the total value of our gross products reached 1150.2 billion Yuan, an increase of 10%.\n\nShenzhen stuck to the strategy of innovation-driven development.\n",
		trapWant{title: "Report on the Work of the Government 2012(selection)", province: "广东省", city: "深圳市", district: "", level: "city", docType: "政府工作报告", year: 2012, date: "2012-03-10"},
	},
	{
		"a meeting line without the congress's level in brackets ((At the 6th session of the 13th Zhongshan People's Congress on January 22nd, 2011)) places and dates the report (a review finding on meta-234)", "r167_e10_en_bare_meeting_line_in_brackets.txt",
		"Report on the Work of the Government\n(At the 6th session of the 13th Zhongshan People's Congress on January 22nd, 2011)\nMayor Chen Maohui\n\nFellow deputies,\n\nOn behalf of the Municipal People's Government, I now present to you the report on the work of the government for your deliberation.\n\nUnder the leadership of CPC Zhongshan Municipal Committee, our city in 2010 made great progress. The total value of our gross products reached 182.6 billion Yuan.\n",
		trapWant{title: "", province: "广东省", city: "中山市", district: "", level: "city", docType: "政府工作报告", year: 2011, date: "2011-01-22"},
	},
	{
		"so does one after the speaker (Mayor Chen Maohui, at the 6th session of …, 2011) (a review finding on meta-234)", "r167_e12_en_bare_meeting_line_after_speaker.txt",
		"Report on the Work of the Government\nMayor Chen Maohui, at the 6th session of the 13th Zhongshan People's Congress on January 22nd, 2011\n\nFellow deputies,\n\nOn behalf of the Municipal People's Government, I now present to you the report on the work of the government for your deliberation.\n\nUnder the leadership of CPC Zhongshan Municipal Committee, our city in 2010 made great progress. The total value of our gross products reached 182.6 billion Yuan.\n",
		trapWant{title: "Report on the Work of the Government", province: "广东省", city: "中山市", district: "", level: "city", docType: "政府工作报告", year: 2011, date: "2011-01-22"},
	},
	{
		"a story's sentence that opens on another congress's session and goes on (At the 1st session of the 14th Guangdong People's Congress on January 13th, 2023, Zhongshan deputies submitted…) is no meeting line: the page's date stands (a review finding on meta-234)", "r167_e13_en_story_line_opens_at_session.txt",
		"Home > News\nZhongshan deputies offer proposals on manufacturing\nUpdated: 2023-01-14\n\nAt the 1st session of the 14th Guangdong People's Congress on January 13th, 2023, Zhongshan deputies submitted 35 proposals, the municipal people's congress said on Saturday.\n\nThe proposals focus on advanced manufacturing and talent housing.\n",
		trapWant{title: "Zhongshan deputies offer proposals on manufacturing", province: "", city: "", district: "", level: "", docType: "其他", year: 2023, date: "2023-01-14"},
	},
	{
		"a digest's header of four short entries between bars (两会特刊｜政府工作报告｜十大关键词｜一图读懂) over a story is no title nor a work report (a review finding on meta-234)", "r167_h08_four_entry_headline_bar.txt",
		"两会特刊｜政府工作报告｜十大关键词｜一图读懂\n发布时间:2023-01-10  来源:岳阳日报\n1月10日上午，岳阳市第九届人民代表大会第二次会议开幕，市长作政府工作报告。\n",
		trapWant{title: "", province: "湖南省", city: "岳阳市", district: "", level: "city", docType: "其他", year: 2023, date: "2023-01-10"},
	},
	{
		"a paper's mark with its city and day (本报郑州3月23日讯(记者王侠)…发布了《…统计公报》) opens a story, no communiqué (a review finding on meta-234)", "r167_p02_paper_story_other_mark_release.txt",
		"本报郑州3月23日讯(记者王侠)3月23日,省统计局和国家统计局河南调查总队发布了《2022年河南省国民经济和社会发展统计公报》。公告指出,2022年,全省经济社会各项工作取得明显成效。\n初步核算,全年全省地区生产总值61345.05亿元,比上年增长3.1%。\n",
		trapWant{title: "", province: "河南省", city: "", district: "", level: "province", docType: "其他", year: 2023, date: ""},
	},
	{
		"a county-level city's own committee named with its government (是隆昌市委、市政府统揽全局…的结果) is its own (a review finding on meta-234)", "r167_s01_own_committee_with_government.txt",
		"各位代表,过去一年政府工作取得的成绩来之不易。这些成绩的取得,是省委省政府、内江市委市政府坚强领导的结果,是隆昌市委、市政府统揽全局、科学决策的结果,是市人大、市政协有效监督的结果。\n2022年工作安排\n今年要认真贯彻内江市第八次党代会精神,奋力推动高质量发展。\n",
		trapWant{title: "", province: "四川省", city: "内江市", district: "隆昌市", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"政协 before the national committee's name (政协第十三届全国委员会常务委员会工作报告) stays in the title (a review finding on meta-234)", "r167_t06_cppcc_national_committee_report.txt",
		"政协第十三届全国委员会常务委员会工作报告\n发布时间:2019-03-03  来源:人民政协网\n各位委员:\n我代表中国人民政治协商会议第十三届全国委员会常务委员会，向大会报告工作，请予审议。\n",
		trapWant{title: "政协第十三届全国委员会常务委员会工作报告", province: "", city: "", district: "", level: "", docType: "其他", year: 2019, date: "2019-03-03"},
	},
	{
		"so does 政协 before a committee's term and place (政协第十四届广州市委员会…) (a review finding on meta-234)", "r167_t07_cppcc_term_before_place.txt",
		"政协第十四届广州市委员会常务委员会工作报告\n发布时间:2022-01-05  来源:广州政协\n各位委员:\n我代表政协第十四届广州市委员会常务委员会，向大会报告工作，请予审议。\n",
		trapWant{title: "政协第十四届广州市委员会常务委员会工作报告", province: "", city: "", district: "", level: "", docType: "其他", year: 2022, date: "2022-01-05"},
	},
	{
		"a paper's mark with its city and day (本报长沙7月25日讯 (记者…) 今年是“十四五”规划收官之年) dates the story (a review finding on meta-234)", "r167_y01_benbao_place_dated_mark.txt",
		"本报长沙7月25日讯 (记者 林金彦) 今年是“十四五”规划收官之年，省发改委召开新闻发布会，介绍全省规划实施情况。\n上半年，全省地区生产总值增长5.6%。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 2025, date: ""},
	},
	{
		"a CPPCC site's column label before a headline (政协聚焦2024年政府工作报告) is cut as before: only 政协 before its committee's own name (政协…第九届委员会…) stays (a review finding on meta-233)", "r166_r2_cppcc_column_label.txt",
		"政协聚焦2024年政府工作报告\n发布时间:2024-01-20  来源:市政府办公室\n\n各位代表:\n\n现在,我代表市人民政府,向大会报告政府工作,请予审议,并请市政协委员和其他列席人员提出意见。\n\n一、2023年工作回顾\n\n过去一年,在市委的坚强领导下,全市地区生产总值增长6.1%。\n",
		trapWant{title: "2024年政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2024, date: "2024-01-20"},
	},
	{
		"an English story's lead telling of another congress's session (…at the 1st session of the 14th Guangdong People's Congress on January 13th, 2023) is no meeting line of its own: the page's date stands (a review finding on meta-233)", "r166_r5_en_bare_other_congress_in_story.txt",
		"Home > News\nZhongshan deputies offer proposals on manufacturing\nUpdated: 2023-01-14\n\nZhongshan deputies submitted 35 proposals at the 1st session of the 14th Guangdong People's Congress on January 13th, 2023, the municipal people's congress said on Saturday.\n\nThe proposals focus on advanced manufacturing, the Shenzhen-Zhongshan Link and talent housing. Governor Wang Weizhong delivered the government work report to the session.\n\nZhongshan's deputies said the city would speed up building a strong manufacturing city.\n",
		trapWant{title: "Zhongshan deputies offer proposals on manufacturing", province: "", city: "", district: "", level: "", docType: "其他", year: 2023, date: "2023-01-14"},
	},
	{
		"a translated report that worked under its prefecture's committee and its own (CPC Jinhua Municipal Committee and CPC Yiwu Municipal Committee) is the last one's, the county-level city's (a review finding on meta-233)", "r166_r5_en_ledby_county_city.txt",
		"Page Options\n>> >>view\nReport on the Work of the Government 2012 (selection)\n2012-03-10\n\nThe first part: review of the work in 2011\n\nUnder the leadership of CPC Zhejiang Provincial Committee, CPC Jinhua Municipal Committee and CPC Yiwu Municipal Committee, our city in 2011 has been steadfastly promoting the comprehensive reform of international trade. Yiwu's GDP reached 68.4 billion Yuan, an increase of 10.9%. The market turnover of China Commodity City reached 51.6 billion Yuan.\n\nYiwu stuck to the strategy of building an international trade city.\n",
		trapWant{title: "Report on the Work of the Government 2012(selection)", province: "浙江省", city: "金华市", district: "义乌市", level: "county", docType: "政府工作报告", year: 2012, date: "2012-03-10"},
	},
	{
		"a district's committee after its city's (CPC Guangzhou Municipal Committee and CPC Panyu District Committee, our district) makes the report no city's (a review finding on meta-233)", "r166_r5_en_ledby_district_after_city.txt",
		"Page Options\n>> >>view\nReport on the Work of the Government 2012 (selection)\n2012-03-10\n\nThe first part: review of the work in 2011\n\nUnder the leadership of CPC Guangzhou Municipal Committee and CPC Panyu District Committee, our district in 2011 has been steadfastly transforming its economic growth pattern. The district's GDP reached 125.3 billion Yuan, an increase of 11.2%.\n\nPanyu stuck to the strategy of building a modern service industry base.\n",
		trapWant{title: "Report on the Work of the Government 2012(selection)", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2012, date: "2012-03-10"},
	},
	{
		"a prefecture's committee named with its government (是内江市委、市政府统揽全局…的结果) is a superior's, no own committee: the county-level city's place stands (a review finding on meta-233)", "r166_r7_committee_city_over_county.txt",
		"各位代表,过去一年政府工作取得的成绩来之不易。这些成绩的取得,是省委省政府坚强领导的结果,是内江市委、市政府统揽全局、关心支持的结果,是市人大、市政协有效监督、大力支持的结果,是全市广大干部群众众志成城、拼搏奋进的结果。在此,我谨代表市人民政府,向全市人民,向关心、支持和参与隆昌建设发展的各界朋友,表示衷心感谢并致以崇高敬意!\n2022年工作安排\n2022年将召开党的二十大和省第十二次党代会,做好政府工作意义重大。今年要认真贯彻内江市第八次党代会精神,奋力推动隆昌高质量发展。\n",
		trapWant{title: "", province: "四川省", city: "内江市", district: "隆昌市", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a neighbour serving the capital (做好首都“护城河”工作, 主动服务首都经济社会发展, 全省) is not Beijing's own text (a review finding on meta-233)", "r166_r8_hebei_province_capital.txt",
		"各位代表:\n过去五年,全省上下坚持把做好首都“护城河”工作作为重大政治任务,主动服务首都经济社会发展,雄安新区建设取得重大阶段性成果,承接北京非首都功能疏解项目落地见效,全省地区生产总值突破4万亿元。\n今年是全面贯彻落实党的二十大精神的开局之年。全省经济社会发展的主要预期目标是:生产总值增长6%左右。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"an outline's preface under its document number, the period inside the marks (《…纲要(2016—2020年)》根据…编制，全面阐述…), names the outline (a review finding on meta-233)", "r166_r2_docnum_outline_period_in_marks.txt",
		"经技区管发〔2016〕78号\n《威海经济技术开发区国民经济和社会发展第十三个五年规划纲要(2016—2020年)》根据中央、省、市的主要精神,按照区工委管委的总体部署编制,全面阐述了开发区未来五年的发展战略、奋斗目标、重点任务和重要举措,是指导开发区未来五年发展的纲领性文件。\n第一章 新定位,新作为,率先全面建成小康社会\n一、发展基础\n“十二五”以来,面对错综复杂的国内外形势,在工委管委的坚强领导下,全区上下创新实干、攻坚克难,国民经济和社会各项事业保持了持续快速健康发展的良好势头。\n",
		trapWant{title: "威海经济技术开发区国民经济和社会发展第十三个五年规划纲要(2016—2020年)", province: "山东省", city: "威海市", district: "威海经济技术开发区", level: "county", docType: "五年规划纲要", year: 2016, date: ""},
	},
	{
		"so does one that gives its short name before what it was drawn up from (《…纲要》(以下简称《纲要》)根据…) (a review finding on meta-233)", "r166_r2_docnum_outline_short_name.txt",
		"经技区管发〔2016〕78号\n《威海经济技术开发区国民经济和社会发展第十三个五年规划纲要》(以下简称《纲要》)根据中央、省、市的主要精神,按照区工委管委的总体部署编制,全面阐述了开发区未来五年的发展战略、奋斗目标、重点任务和重要举措。\n第一章 新定位,新作为,率先全面建成小康社会\n一、发展基础\n“十二五”以来,面对错综复杂的国内外形势,在工委管委的坚强领导下,全区上下创新实干、攻坚克难,国民经济和社会各项事业保持了持续快速健康发展的良好势头。\n",
		trapWant{title: "威海经济技术开发区国民经济和社会发展第十三个五年规划纲要", province: "山东省", city: "威海市", district: "威海经济技术开发区", level: "county", docType: "五年规划纲要", year: 2016, date: ""},
	},
	{
		"a reader presenting the report by its name after a comma (我代表市人民政府，向大会作《关于…纲要的报告》) names it over a site's short name (a review finding on meta-233)", "r166_r2_presentation_after_comma.txt",
		"规划纲要报告\n\n时间:2022-10-28 03:46:00\n\n导语:规划纲要报告一文来源于网友上传,不代表本站观点,欢迎参考。\n\n规划纲要报告\n\n各位代表:\n\n现在,我代表市人民政府,向大会作《关于湖州市国民经济和社会发展第十二个五年规划纲要的报告》,请予审议,并请市政协委员和其他列席人员提出意见。\n\n一、“十一五”时期发展回顾\n\n过去五年,全市人民在市委的正确领导下,经济社会发展取得显著成绩。\n",
		trapWant{title: "关于湖州市国民经济和社会发展第十二个五年规划纲要的报告", province: "浙江省", city: "湖州市", district: "", level: "city", docType: "五年规划纲要", year: 2022, date: "2022-10-28"},
	},
	{
		"a city's committee called its party committee (CPC Zhongshan Municipal Party Committee) places a translated report too (a review finding on meta-233)", "r166_r5_en_ledby_party_committee.txt",
		"Page Options\n>> >>view\nReport on the Work of the Government 2004 (selection)\n2004-10-15\n\nThe first part: review of the work in 2004\n\nUnder the leadership of CPC Guangdong Provincial Committee, Guangdong Provincial Government and CPC Zhongshan Municipal Party Committee, our city in 2004 has been steadfastly taking the important thought of Three Represents as the guide. The total value of our gross products reached 61.01 billion Yuan, an increase of 18.7%.\n",
		trapWant{title: "Report on the Work of the Government 2004(selection)", province: "广东省", city: "中山市", district: "", level: "city", docType: "政府工作报告", year: 2004, date: "2004-10-15"},
	},
	{
		"an English headline naming a provincial government without People's (Henan Provincial Government releases…) names the province (a review finding on meta-233)", "r166_r5_en_provincial_government_plain.txt",
		"Home > Local\nHenan Provincial Government releases 2011 work priorities\nBy Tang Zhi\nUpdated: 2011-01-25\n\nThe Henan Provincial Government on Monday released its work priorities for 2011, following the close of the fourth session of the 11th provincial people's congress.\n",
		trapWant{title: "Henan Provincial Government releases 2011 work priorities", province: "河南省", city: "", district: "", level: "province", docType: "其他", year: 2011, date: "2011-01-25"},
	},
	{
		"a county-level city's own committee with 中共 before it (是中共隆昌市委统揽全局) is its own (a review finding on meta-233)", "r166_r7_committee_with_zhonggong.txt",
		"各位代表,过去一年政府工作取得的成绩来之不易。这些成绩的取得,是省委省政府、内江市委市政府坚强领导、深切关怀的结果,是中共隆昌市委统揽全局、科学决策的结果,是市人大、市政协有效监督、大力支持的结果,是全市广大干部群众众志成城、拼搏奋进的结果。在此,我谨代表市人民政府,向全市人民,向关心、支持和参与隆昌建设发展的各界朋友,表示衷心感谢并致以崇高敬意!\n2022年工作安排\n2022年将召开党的二十大和省第十二次党代会,做好政府工作意义重大。今年政府工作的总体要求是:认真贯彻省委十一届三次全会以来历次全会精神、内江市第八次党代会精神。\n",
		trapWant{title: "", province: "四川省", city: "内江市", district: "隆昌市", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a story's mark with its day (本报7月25日讯 (记者…) 今年是“十四五”规划收官之年) dates the story too (a review finding on meta-233)", "r166_r9_benbao_dated_mark.txt",
		"\n“‘十四五’发展看聊城”系列主题新闻发布会首场举行\n“十四五”聊城经济社会发展向新向好\n本报7月25日讯 (记者 林金彦) 今年是“十四五”规划收官之年,市政府新闻办策划举行“‘十四五’发展看聊城”系列主题新闻发布会。7月24日上午,系列主题新闻发布会的第一场召开。\n会上,市发展改革委副主任张娅介绍,“十四五”规划实施以来,我市重点任务目标超出预期。\n",
		trapWant{title: "“‘十四五’发展看聊城”系列主题新闻发布会首场举行", province: "山东省", city: "聊城市", district: "", level: "city", docType: "其他", year: 2025, date: ""},
	},
	{
		"a session's story on the head delivering this year's report (作2025年…政府工作报告时提出，今年…) is of that year (a review finding on the draft of meta-231)", "r163_d01_delivered_current_shi_tichu.txt",
		"黄兴镇第十八届人民代表大会第六次会议召开\n来源：长沙县新闻网\n1月10日，长沙县黄兴镇第十八届人民代表大会第六次会议召开。\n镇长李明作2025年黄兴镇政府工作报告时提出，今年全镇将重点抓好十件民生实事。\n会议听取和审议了政府工作报告、财政预算报告。\n",
		trapWant{title: "黄兴镇第十八届人民代表大会第六次会议召开", province: "湖南省", city: "长沙市", district: "长沙县", level: "county", docType: "其他", year: 2025, date: ""},
	},
	{
		"nor does 落实 earlier in the sentence (为全面落实县委决策部署，镇长…作2025年…报告) make it a recalled report (a review finding on the draft of meta-231)", "r163_d02_delivered_current_luoshi_before.txt",
		"黄兴镇第十八届人民代表大会第六次会议召开\n来源：长沙县新闻网\n1月10日，长沙县黄兴镇第十八届人民代表大会第六次会议召开。\n为全面落实县委决策部署，镇长李明作2025年黄兴镇政府工作报告，对今年工作作出安排。\n会议听取和审议了政府工作报告、财政预算报告。\n",
		trapWant{title: "黄兴镇第十八届人民代表大会第六次会议召开", province: "湖南省", city: "长沙市", district: "长沙县", level: "county", docType: "其他", year: 2025, date: ""},
	},
	{
		"nor does …报告中提出 (a review finding on the draft of meta-231)", "r163_d09_delivered_current_zhong_tichu.txt",
		"黄兴镇第十八届人民代表大会第六次会议召开\n来源：长沙县新闻网\n1月10日，长沙县黄兴镇第十八届人民代表大会第六次会议召开。\n镇长李明在作2025年黄兴镇政府工作报告中提出，今年全镇将重点抓好十件民生实事。\n会议听取和审议了政府工作报告、财政预算报告。\n",
		trapWant{title: "黄兴镇第十八届人民代表大会第六次会议召开", province: "湖南省", city: "长沙市", district: "长沙县", level: "county", docType: "其他", year: 2025, date: ""},
	},
	{
		"a translated work report under the leadership of the CPC Central Committee and the CPC Provincial Committee is the work report (a review finding on the draft of meta-231)", "r163_e02_central_and_provincial_committee_cla.txt",
		"The past year was a year of extraordinary significance. Under the strong leadership of the CPC Central Committee and the CPC Provincial Committee, the provincial government united the people of the province, carried out the decisions and plans of the CPC Central Committee, and achieved new progress in all fields.\n\nI. Review of work in 2023\n\nThe province's GDP grew by 5.8 percent.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"an English news headline saying the work report reviews achievements is a story's (a review finding on the draft of meta-231)", "r163_e10_news_headline_reviews_achievements.txt",
		"Government work report reviews achievements, sets targets for 2024\n2024-03-05 11:20:00\n\nBEIJING, March 5 -- The government work report delivered by Premier Li Qiang at the opening of the annual session of the National People's Congress reviewed achievements made in 2023 and set a GDP growth target of around 5 percent for 2024.\n",
		trapWant{title: "Government work report reviews achievements, sets targets for 2024", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-03-05"},
	},
	{
		"a translated work report under the leadership of the Provincial Party Committee, its government holding high the banner, is the work report (a review finding on the draft of meta-231)", "r163_e11_provincial_party_committee_clause_he.txt",
		"2023 was an extraordinary year. Under the strong leadership of the Provincial Party Committee, the provincial government held high the great banner, carried out the decisions of the CPC Central Committee and completed the main tasks of the year.\n\nI. The economy recovered and grew\n\nThe province's GDP grew by 5.8 percent.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a city's delegation on its way to the provincial congress (黄冈代表团赴省城出席省十四届人大二次会议) is the host congress's story (a review finding on the draft of meta-231)", "r163_p01_city_delegation_to_prov_congress_fu.txt",
		"黄冈代表团赴省城出席省十四届人大二次会议\n2024-01-22 08:30    来源：黄冈日报\n1月21日，出席湖北省第十四届人民代表大会第二次会议的黄冈代表团全体代表抵达武汉。\n当天下午，代表团召开全体会议，推选代表团团长、副团长，审议大会有关事项。\n代表们表示，将认真履行代表职责，审议好政府工作报告。\n",
		trapWant{title: "黄冈代表团赴省城出席省十四届人大二次会议", province: "湖北省", city: "", district: "", level: "province", docType: "其他", year: 2024, date: "2024-01-22"},
	},
	{
		"a city's delegation reviewing the report and exchanging views (深圳代表团审议政府工作报告 与港澳代表交流发言) is the host congress's story (a review finding on the draft of meta-231)", "r163_p07_city_delegation_at_npc_jiaoliu_deput.txt",
		"深圳代表团审议政府工作报告 与港澳代表交流发言\n2024-03-07 08:00    来源：深圳特区报\n3月6日，出席十四届全国人大二次会议的广东代表团深圳代表分组审议政府工作报告。\n",
		trapWant{title: "深圳代表团审议政府工作报告与港澳代表交流发言", province: "广东省", city: "", district: "", level: "province", docType: "其他", year: 2024, date: "2024-03-07"},
	},
	{
		"and one going to the hall to review the report (黄冈代表团赴会场出席开幕会并审议政府工作报告) (a review finding on the draft of meta-231)", "r163_p11_delegation_at_congress_fu_huichang.txt",
		"黄冈代表团赴会场出席开幕会并审议政府工作报告\n2024-01-23 08:30    来源：黄冈日报\n1月22日，湖北省第十四届人民代表大会第二次会议开幕，黄冈代表团全体代表出席开幕会，下午审议政府工作报告。\n",
		trapWant{title: "黄冈代表团赴会场出席开幕会并审议政府工作报告", province: "湖北省", city: "", district: "", level: "province", docType: "其他", year: 2024, date: "2024-01-23"},
	},
	{
		"a report's title spaced out over its spaced meeting line is no list of hot searches (a review finding on the draft of meta-231)", "r163_t05_spaced_title_over_spaced_meeting_lin.txt",
		"石家庄市人民政府 二〇二四年 政府工作报告 全文发布\n2024年1月15日 在石家庄市第十五届 人民代表大会 第三次会议上\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n一、2023年工作回顾\n2023年，全市地区生产总值增长6.1%。\n",
		trapWant{title: "石家庄市人民政府二〇二四年政府工作报告", province: "河北省", city: "石家庄市", district: "", level: "city", docType: "政府工作报告", year: 2024, date: "2024-01-15"},
	},
	{
		"nor a plan report's spaced title (关于2023年 国民经济和社会发展计划 执行情况与2024年 计划草案的报告) (a review finding on the draft of meta-231)", "r163_t10_plan_title_spaced_over_spaced_meetin.txt",
		"关于2023年 国民经济和社会发展计划 执行情况与2024年 计划草案的报告\n（2024年1月15日 在石家庄市第十五届 人民代表大会 第三次会议上）\n石家庄市发展和改革委员会\n各位代表：\n受市人民政府委托，现将2023年国民经济和社会发展计划执行情况与2024年计划草案提请大会审议。\n",
		trapWant{title: "关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告", province: "河北省", city: "石家庄市", district: "", level: "city", docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-01-15"},
	},
	{
		"a city's delegation on a trip (深圳市代表团赴哈尔滨考察交流合作) is no congress delegation: the story stays the city's (a review finding on meta-230)", "r161_p01_trade_delegation_visit.txt",
		"深圳市代表团赴哈尔滨考察交流合作\n\n2024-04-18 09:12    来源：哈尔滨日报\n\n4月17日，深圳市代表团一行来哈考察，双方举行对口合作座谈会。市委书记张起翔主持座谈会。\n\n座谈会上，双方围绕深化对口合作、推动产业协同发展、共建合作园区等进行了深入交流。代表团一行还先后考察了哈尔滨新区、哈工大机器人集团等地。\n\n双方表示，将进一步健全合作机制，推动两地在科技创新、冰雪旅游、现代农业等领域务实合作，实现互利共赢。\n",
		trapWant{title: "深圳市代表团赴哈尔滨考察交流合作", province: "广东省", city: "深圳市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-04-18"},
	},
	{
		"nor a province's team at the national games (山东代表团第十四届全运会…) (a review finding on meta-230)", "r161_p02_sports_delegation.txt",
		"山东代表团第十四届全运会金牌总数位列全国第一\n\n2021-09-28 10:05    来源：大众日报\n\n第十四届全国运动会27日在西安闭幕。山东代表团共获得57枚金牌、51.5枚银牌、61枚铜牌，金牌总数、奖牌总数均位列全国第一，实现了全运会金牌总数“五连冠”。\n\n山东省体育局有关负责人表示，山东代表团将认真总结经验，为备战巴黎奥运会打下坚实基础。\n",
		trapWant{title: "山东代表团第十四届全运会金牌总数位列全国第一", province: "山东省", city: "", district: "", level: "province", docType: "其他", year: 2021, date: "2021-09-28"},
	},
	{
		"nor a city's delegation visiting a sister city (扬州市代表团访问友好城市…) (a review finding on meta-230)", "r161_p04_sister_city_delegation.txt",
		"扬州市代表团访问友好城市美国肯特市\n\n2019-10-15 16:20    来源：扬州市外事办公室\n\n应美国肯特市邀请，10月10日至14日，扬州市代表团一行6人对肯特市进行友好访问。访问期间，代表团会见了肯特市市长，双方就深化友城交流、拓展教育和经贸合作等进行了交流。\n\n扬州与肯特市于1998年结为友好城市。此次访问进一步巩固了两市传统友谊。\n",
		trapWant{title: "扬州市代表团访问友好城市美国肯特市", province: "江苏省", city: "扬州市", district: "", level: "city", docType: "其他", year: 2019, date: "2019-10-15"},
	},
	{
		"nor a province's delegation on a support mission (浙江省代表团赴阿克苏地区考察对口支援工作) (a review finding on meta-230)", "r161_p05_province_delegation_visits_xinjiang.txt",
		"浙江省代表团赴阿克苏地区考察对口支援工作\n\n2023-07-21 11:02    来源：阿克苏日报\n\n7月20日，浙江省代表团一行抵达阿克苏地区，考察对口支援工作。地委书记主持召开援疆工作座谈会。\n\n代表团一行先后来到阿克苏纺织工业城、温宿县等地，实地考察援疆项目建设情况。双方表示，将进一步深化浙阿两地合作，推动援疆工作取得新成效。\n",
		trapWant{title: "浙江省代表团赴阿克苏地区考察对口支援工作", province: "浙江省", city: "", district: "", level: "province", docType: "其他", year: 2023, date: "2023-07-21"},
	},
	{
		"an English report's title Reviewed and Adopted at its session is the title, no story's (a review finding on meta-230)", "r161_e05_news_verb_reviewed_in_report_title.txt",
		"Report on the Work of the Government (Reviewed and Adopted at the Second Session of the 14th Hainan Provincial People's Congress)\n\nDate: 2024-01-30\n\nFellow deputies,\n\nOn behalf of the Hainan Provincial People's Government, I will now report to you on the work of the government for your deliberation and approval.\n",
		trapWant{title: "Report on the Work of the Government (Reviewed and Adopted at the Second Session of the 14th Hainan Provincial People's Congress)", province: "海南省", city: "", district: "", level: "province", docType: "政府工作报告", year: 2024, date: "2024-01-30"},
	},
	{
		"a translated CPPCC review whose committee has always adhered…, after the party committee that leads it, is no work report (a review finding on meta-230)", "r161_e07_cppcc_has_always_adhered.txt",
		"The past year was an extraordinary year in the development of our city. Under the strong leadership of the CPC Municipal Committee, the CPPCC Municipal Committee has always adhered to the theme of unity and democracy, performed its duties of political consultation, democratic supervision and participation in the deliberation and administration of state affairs.\n\nI. Strengthening political guidance\n\nWe organized members to study the guiding principles of the 20th CPC National Congress.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a translated work report whose government, under the strong leadership of the County Party Committee, united and led… is the work report (a review finding on meta-230)", "r161_e10_government_comma_under.txt",
		"2023 was an extraordinary year in the development of the county. The county government, under the strong leadership of the County Party Committee, united and led the people of all ethnic groups in the county to forge ahead, and completed the main objectives of the year.\n\nI. The economy grew steadily\n\nThe county's GDP reached 21.3 billion yuan, up 6.1 percent.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a translated standing committee's review (the Standing Committee of the Municipal People's Congress, guided by…, has conscientiously performed…) is no work report (a review finding on meta-230)", "r161_e11_standing_committee_comma_clause.txt",
		"2023 was a year of great significance for the development of the city. Under the strong leadership of the CPC Municipal Committee, the Standing Committee of the Municipal People's Congress, guided by the Constitution and laws, has conscientiously performed its statutory duties and made new contributions to the city's development.\n\nI. Legislation was strengthened\n\nOver the past year, we formulated 5 local regulations and revised 3.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a headline led by 两会时间： is a headline, no time field (a review finding on meta-230)", "r161_h04_liang_hui_shijian_headline.txt",
		"两会时间：代表委员热议政府工作报告\n\n2024-03-06 08:20    来源：人民网\n\n3月5日，十四届全国人大二次会议在人民大会堂开幕。国务院总理李强作政府工作报告。代表委员们认为，报告实事求是、催人奋进。\n\n来自基层的代表表示，将把报告精神带回去，落实到具体工作中。\n",
		trapWant{title: "两会时间：代表委员热议政府工作报告", province: "", city: "", district: "", level: "national", docType: "其他", year: 2024, date: ""},
	},
	{
		"nor is 追梦人：记全国人大代表… a person field (a review finding on meta-230)", "r161_h05_zhuimengren_headline.txt",
		"追梦人：记全国人大代表、村党支部书记张秀兰\n\n2024-03-08 09:00    来源：中国青年网\n\n“乡亲们的日子越过越红火，这是我最大的心愿。”全国人大代表、湖南省花垣县十八洞村党支部书记张秀兰说。\n\n今年全国两会，张秀兰带来了关于推进乡村振兴的建议。她说，政府工作报告中关于乡村振兴的部署让她倍感振奋。\n",
		trapWant{title: "追梦人：记全国人大代表、村党支部书记张秀兰", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-03-08"},
	},
	{
		"nor 负责人：今年将新增城镇就业12万人 (a review finding on meta-230)", "r161_h06_fuzeren_headline.txt",
		"负责人：今年将新增城镇就业12万人\n\n2024-01-20 10:00    来源：市政府网\n\n在昨日举行的市政府新闻发布会上，市人社局主要负责人介绍，根据政府工作报告部署，今年全市将新增城镇就业12万人，城镇调查失业率控制在5.5%以内。\n",
		trapWant{title: "负责人：今年将新增城镇就业12万人", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-01-20"},
	},
	{
		"a session's story recalling the year-old report's promises (一年来，镇长李明作2024年…报告时承诺的) gives it no year (a review finding on meta-230)", "r161_dt01_recalled_report_shi_without_qunian.txt",
		"黄兴镇第十八届人民代表大会第六次会议召开\n来源：长沙县新闻网\n1月10日，长沙县黄兴镇第十八届人民代表大会第六次会议召开。\n一年来，镇长李明作2024年黄兴镇政府工作报告时承诺的十件民生实事已全部办结，代表们对此给予充分肯定。\n会议听取和审议了政府工作报告、财政预算报告。\n",
		trapWant{title: "黄兴镇第十八届人民代表大会第六次会议召开", province: "湖南省", city: "长沙市", district: "长沙县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"nor one telling of the tasks the last report set carried out (落实镇长李明作2024年…报告提出的) (a review finding on meta-230)", "r161_dt02_recalled_report_huigule.txt",
		"黄兴镇第十八届人民代表大会第六次会议召开\n来源：长沙县新闻网\n1月10日，长沙县黄兴镇第十八届人民代表大会第六次会议召开。\n报告回顾了过去一年落实镇长李明作2024年黄兴镇政府工作报告提出的各项任务的情况，代表们对此给予充分肯定。\n会议听取和审议了政府工作报告、财政预算报告。\n",
		trapWant{title: "黄兴镇第十八届人民代表大会第六次会议召开", province: "湖南省", city: "长沙市", district: "长沙县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a list of past years' reports with their meeting lines under 往年报告 dates nothing (a review finding on meta-230)", "r161_dt03_runon_dash_in_years_list_line4.txt",
		"七宝镇人民政府工作报告\n发布时间：2024-01-18 来源：镇政府办\n往年报告\n七宝镇2023年政府工作报告 ——2023年1月12日七宝镇第二十届 人民代表大会第四次会议上 镇长 吴昌飞\n七宝镇2022年政府工作报告 ——2022年1月13日七宝镇第二十届 人民代表大会第三次会议上 镇长 吴昌飞\n各位代表: 现在,我代表七宝镇人民政府,向大会报告工作,请代表们予以审议。\n一、2023年工作回顾\n2023年,我们坚持以习近平新时代中国特色社会主义思想为指导。\n",
		trapWant{title: "七宝镇人民政府工作报告", province: "上海市", city: "上海市", district: "闵行区", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-18"},
	},
	{
		"a share button's label with QQ好友 after it is cut from the title (a review finding on meta-230)", "r161_tc01_share_qq_haoyou.txt",
		"长兴县2024年政府工作报告 分享到： 微信 QQ好友 QQ空间 新浪微博\n发布时间：2024-01-20\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n2023年，全县地区生产总值增长6.1%。\n",
		trapWant{title: "长兴县2024年政府工作报告", province: "浙江省", city: "湖州市", district: "长兴县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-20"},
	},
	{
		"and with 更多 after it (a review finding on meta-230)", "r161_tc02_share_more.txt",
		"长兴县2024年政府工作报告 分享至： 微信 微博 更多\n发布时间：2024-01-20\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n2023年，全县地区生产总值增长6.1%。\n",
		trapWant{title: "长兴县2024年政府工作报告", province: "浙江省", city: "湖州市", district: "长兴县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-20"},
	},
	{
		"a standing committee meeting's headline over a deck of its decisions (决定省十三届人大四次会议2021年1月21日在石家庄召开 决定任命…) is the title, and the session it calls places nothing (holdout955/f02, meta-231)", "r161_decision_trap.txt",
		"河北省十三届人大常委会第二十次会议闭幕\n王东峰主持会议并讲话\n决定省十三届人大四次会议2021年1月21日在石家庄召开 决定任命丁绣峰为省政府副省长 表决通过《河北省多元化解纠纷条例》等\n今天(11月27日)下午,河北省十三届人大常委会第二十次会议圆满完成各项议程,在石家庄闭幕。省委书记、省人大常委会主任王东峰主持会议并讲话。\n",
		trapWant{title: "河北省十三届人大常委会第二十次会议闭幕", province: "河北省", city: "", district: "", level: "province", docType: "其他", year: 0, date: ""},
	},
	{
		"a translated review by the CPPCC Municipal Committee at work under the party committee is no work report (a review finding on meta-229)", "r160_e01_cppcc_own_review_cppcc_municipal_com.txt",
		"2019 was an extraordinary year in the development of our city. Over the past year, under the strong leadership of the municipal Party committee, the CPPCC Municipal Committee adhered to the theme of unity and democracy, focused on the central work of the city, and gave full play to its role in political consultation and democratic supervision.\n(1) Political consultation was deepened. We organized 12 special consultation meetings and submitted 36 proposals.\n(2) Democratic supervision was strengthened. Members inspected key projects.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a translated review by the Municipal People's Congress Standing Committee exercising its powers is no work report (a review finding on meta-229)", "r160_e02_npc_standing_committee_own_review_wo.txt",
		"2019 was an important year for the city's democratic and legal development. Over the past year, under the strong leadership of the municipal Party committee, the Municipal People's Congress Standing Committee exercised its powers of legislation, supervision and decision in accordance with the law, and enacted four local regulations.\n(1) Legislation was improved. We formulated the regulations on the protection of the Lishui River.\n(2) Supervision was strengthened. We heard 18 work reports of the municipal government.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a translated work report naming the Municipal Committee of the CPPCC as what supports it is the work report (a review finding on meta-229)", "r160_e03_wr_support_of_municipal_committee_of.txt",
		"2019 was a crucial year for building a moderately prosperous society in all respects. Over the past year, under the strong leadership of the municipal Party committee and with the support of the Municipal Committee of the CPPCC, the municipal government united and led the people of the city to overcome difficulties, and the city's economy maintained steady growth.\n(1) The economy ran steadily. The city's GDP grew 7.2%.\n(2) Reform and opening up were deepened. We completed 36 key reform tasks.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"nor does the Standing Committee of the Municipal People's Congress as what supervises it make it another body's review (a review finding on meta-229)", "r160_e04_wr_supervision_of_standing_committee.txt",
		"2019 was a crucial year for building a moderately prosperous society in all respects. Over the past year, under the strong leadership of the municipal Party committee and with the supervision of the Standing Committee of the Municipal People's Congress, the municipal government united and led the people of the city to overcome difficulties, and the city's economy maintained steady growth.\n(1) The economy ran steadily. The city's GDP grew 7.2%.\n(2) Reform and opening up were deepened. We completed 36 key reform tasks.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a translated party report (the CPC Municipal Committee united and led…) is no work report (a review finding on meta-229)", "r160_e05_party_report_cpc_municipal_committee.txt",
		"2019 was a year of great significance in the development of our city. Over the past year, under the strong leadership of the Party Central Committee, the CPC Municipal Committee united and led the Party members and the people of the city to overcome difficulties, and the city's economy maintained steady growth.\n(1) We strengthened the Party's political building. We carried out the campaign to stay true to the Party's founding mission.\n(2) We promoted high-quality development.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"an English news story on what the county government in a town spent is no work report (a review finding on meta-229)", "r160_e06_news_county_government_in_place.txt",
		"In 2019, which was the 70th anniversary of the founding of the People's Republic, the county government in Deqing spent 120 million yuan on rural roads, the most it has spent in any year.\nVillagers in Moganshan now reach the county seat in 20 minutes, compared with an hour a decade ago.\nTourism has followed: homestays in the area received 600,000 visitors last year.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"an English news story on the municipal government under its mayor cutting rents is no work report (a review finding on meta-229)", "r160_e07_news_municipal_government_under_mayo.txt",
		"2020 was a turbulent year for Wuhan. The municipal government under Mayor Zhou Xianwang cut rents for 36,000 firms and extended 50 billion yuan in low-interest loans.\nMany restaurant owners now say business is back to pre-pandemic levels.\nThe city expects growth to rebound strongly in 2021.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a plan's part on the economy's strength over its estimate of the year's output (一、综合经济实力显著提升 / 初步核算，全年…) is no communiqué (a review finding on meta-229)", "r160_s01_plan_strength_part_then_preliminary_.txt",
		"一、综合经济实力显著提升\n初步核算，全年全县实现地区生产总值185.6亿元，同比增长6.8%，增速高于全省平均水平1.2个百分点。\n二、产业结构持续优化\n全年规模以上工业增加值增长9.1%，高新技术产业产值占比提高到42%。\n三、2024年发展的主要目标\n2024年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"nor one headed 一、综合实力迈上新台阶 over 初步测算 (a review finding on meta-229)", "r160_s02_plan_strength_zonghe_shili_part_then.txt",
		"一、综合实力迈上新台阶\n初步测算，全年全市实现地区生产总值2560亿元，增长6.2%。\n二、重点领域改革取得突破\n全年完成重点改革任务36项。\n三、2024年经济社会发展的总体要求和主要目标\n地区生产总值增长6%左右。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a communiqué without its title headed 一、综合情况 is the communiqué (a review finding on meta-229)", "r160_s04_communique_no_title_zonghe_qingkuang.txt",
		"一、综合情况\n经核算，全年全县实现地区生产总值185.6亿元，按不变价格计算，比上年增长6.8%。其中，第一产业增加值25.1亿元，增长3.9%；第二产业增加值70.3亿元，增长8.2%；第三产业增加值90.2亿元，增长6.5%。\n年末全县户籍总人口56.3万人。\n二、农业\n全年粮食总产量32.6万吨，比上年增长1.2%。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "统计公报", year: 0, date: ""},
	},
	{
		"a single link to another year's report under 历年政府工作报告 gives the page's title no year (a review finding on meta-229)", "r160_t01_withfiledyear_own_title_fulltext_plu.txt",
		"七宝镇人民政府工作报告(全文)\n历年政府工作报告\n七宝镇人民政府工作报告(2022年)\n各位代表: 现在,我代表七宝镇人民政府,向大会报告工作,请代表们予以审议,并请各位列席人员提出意见。\n一、2023年工作回顾\n2023年,我们坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神。\n",
		trapWant{title: "七宝镇人民政府工作报告", province: "上海市", city: "上海市", district: "闵行区", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"the page's own headline with its county (祁东县十七届人大二次会议隆重开幕) over a story that says only 县 is the title (a review finding on meta-229)", "r160_t03_placedrepeat_body_says_xian_only.txt",
		"县十七届人大二次会议隆重开幕\n2017-03-21 15:02:10   来源:   点击:\n祁东县十七届人大二次会议隆重开幕\n    3月16日上午,县第十七届人民代表大会第二次会议隆重开幕。县委书记曾秀,县人大常委会主任刘健,县委副书记、县长孙鹏伟在主席台前排就座。\n    会议由大会主席团常务主席、执行主席刘健主持。本次大会应到代表353人,实到代表349人,符合法定人数。\n    孙鹏伟代表县人民政府作政府工作报告。\n",
		trapWant{title: "祁东县十七届人大二次会议隆重开幕", province: "湖南省", city: "衡阳市", district: "祁东县", level: "county", docType: "其他", year: 2017, date: "2017-03-21"},
	},
	{
		"an agenda's line 听取和审议关于…的报告 is no title (a review finding on meta-229)", "r160_t05_agenda_tingqu_he_shenyi_guanyu_line.txt",
		"淄博市人民代表大会常务委员会\n\n【淄博市第十四届人民代表大会第三次会议】 1月5—10日举行,与会代表396名。听取审议市长所作的政府工作报告;\n听取和审议关于淄博市2013年国民经济和社会发展计划执行情况与2014年计划草案的报告和关于淄博市2013年预算执行情况和2014年\n预算草案的报告,批准淄博市2013年国民经济和社会发展计划执行情况与2014年计划。\n【重要会议】 市十四届人大常委会第十七次会议。1月13日在张店召开。\n",
		trapWant{title: "", province: "山东省", city: "淄博市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a session's story on the head delivering this year's report (镇长李明作2024年…政府工作报告时指出) is of that year (a review finding on meta-229)", "r160_d01_delivered_report_shi_zhichu_current.txt",
		"黄兴镇第十八届人民代表大会第五次会议召开\n1月12日,长沙县黄兴镇第十八届人民代表大会第五次会议召开。\n镇长李明作2024年黄兴镇政府工作报告时指出,今年全镇将围绕产业发展、乡村振兴和民生保障三大重点,全力推动高质量发展。\n会议听取和审议了财政预算报告。\n",
		trapWant{title: "黄兴镇第十八届人民代表大会第五次会议召开", province: "湖南省", city: "长沙市", district: "长沙县", level: "county", docType: "其他", year: 2024, date: ""},
	},
	{
		"nor does the session's review of the year past in the same sentence (会议回顾了过去一年的工作，镇长李明作2024年…) make it a recalled report (a review finding on meta-229)", "r160_d03_delivered_huigu_le_same_sentence.txt",
		"黄兴镇第十八届人民代表大会第五次会议召开\n1月12日,长沙县黄兴镇第十八届人民代表大会第五次会议召开。\n会议回顾了过去一年的工作,镇长李明作2024年黄兴镇政府工作报告,提出今年全镇将全力推动高质量发展。\n会议听取和审议了财政预算报告。\n",
		trapWant{title: "黄兴镇第十八届人民代表大会第五次会议召开", province: "湖南省", city: "长沙市", district: "长沙县", level: "county", docType: "其他", year: 2024, date: ""},
	},
	{
		"a title with its meeting line run on, under three lines of the site's header, is dated by the meeting (a review finding on meta-229)", "r160_d04_runon_dash_after_three_header_lines.txt",
		"上海市闵行区七宝镇人民政府\n首页 > 政务公开 > 规划计划\n发布时间：2024-01-18 来源：镇政府办\n七宝镇人民政府工作报告 ——2024年1月10日七宝镇第二十届 人民代表大会第五次会议上 镇长 吴昌飞\n各位代表: 现在,我代表七宝镇人民政府,向大会报告工作,请代表们予以审议。 2023年工作回顾 2023年,我们坚持以习近平新时代中国特色社会主义思想为指导。\n",
		trapWant{title: "七宝镇人民政府工作报告", province: "上海市", city: "上海市", district: "闵行区", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-10"},
	},
	{
		"nor does a column's label naming the report over it (政府工作报告) stop it (a review finding on meta-229)", "r160_d06_runon_dash_under_column_label_line.txt",
		"政府工作报告\n七宝镇人民政府工作报告 ——2024年1月10日七宝镇第二十届 人民代表大会第五次会议上 镇长 吴昌飞\n各位代表: 现在,我代表七宝镇人民政府,向大会报告工作,请代表们予以审议。 2023年工作回顾 2023年,我们坚持以习近平新时代中国特色社会主义思想为指导。\n",
		trapWant{title: "七宝镇人民政府工作报告", province: "上海市", city: "上海市", district: "闵行区", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-10"},
	},
	{
		"a headline on a reporter's visit (新华社记者直击两会) is no byline (a review finding on meta-229)", "r160_h01_byline_fp_xinhuashe_headline.txt",
		"新华社记者直击两会\n各地代表委员抵京 共商国是\n3月3日，全国两会召开在即，来自各地的代表委员陆续抵京报到。\n代表们表示，将认真履职，把群众的期盼带到会上。\n",
		trapWant{title: "新华社记者直击两会", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"nor 人民网记者探营两会 (a review finding on meta-229)", "r160_h02_byline_fp_renminwang_headline.txt",
		"人民网记者探营两会\n2024年03月03日 来源：人民网\n3月3日，全国两会召开在即，来自各地的代表委员陆续抵京报到。\n代表们表示，将认真履职，把群众的期盼带到会上。\n",
		trapWant{title: "人民网记者探营两会", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-03-03"},
	},
	{
		"a joint outlet's dispatch with a double em dash (长江日报——长江网1月6日讯) is a story's lead (a review finding on meta-229)", "r160_h06_story_lead_double_em_dash.txt",
		"武汉市政府工作报告:今年地区生产总值增长6%左右\n\n长江日报——长江网1月6日讯  1月6日上午,武汉市十五届人大三次会议开幕,市长周先旺作政府工作报告。\n\n报告提出,今年全市经济社会发展的主要预期目标是:地区生产总值增长6%左右。\n",
		trapWant{title: "武汉市政府工作报告:今年地区生产总值增长6%左右", province: "湖北省", city: "武汉市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a CPPCC session's line (市政协十一届五次会议开幕) under a story's headline is no session headline (a review finding on meta-229)", "r160_h09_cppcc_session_line_over_cppcc_story_.txt",
		"委员建言：让营商环境更优\n市政协十一届五次会议开幕\n    委员们围绕优化营商环境积极建言献策，共提交提案326件。\n    市政协主席王强说，要把委员的真知灼见转化为推动发展的实际成效。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a share button's label with its sites run on (分享到： 微信 微博 QQ空间) is cut from the title (a review finding on meta-229)", "r160_c02_share_to_with_icons.txt",
		"长兴县2024年政府工作报告 分享到： 微信 微博 QQ空间\n发布时间：2024-01-20\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n2023年，全县地区生产总值增长6.1%。\n",
		trapWant{title: "长兴县2024年政府工作报告", province: "浙江省", city: "湖州市", district: "长兴县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-20"},
	},
	{
		"and 分享至： too (a review finding on meta-229)", "r160_c03_share_zhi_variant.txt",
		"长兴县2024年政府工作报告分享至：\n发布时间：2024-01-20\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n2023年，全县地区生产总值增长6.1%。\n",
		trapWant{title: "长兴县2024年政府工作报告", province: "浙江省", city: "湖州市", district: "长兴县", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-20"},
	},
	{
		"a translated work report's review that names the congress and its Standing Committee as what supervises the government is the work report (a review finding on meta-228)", "r159_e01a_wr_only_standing_committee_miss.txt",
		"2019 was a crucial year for building a moderately prosperous society in all respects. Over the past year, under the strong leadership of the municipal Party committee and with the supervision of the Municipal People's Congress and its Standing Committee, the municipal government united and led the people of the city to overcome difficulties, and the city's economy maintained steady growth.\n(1) The economy ran steadily. The city's GDP grew 7.2%.\n(2) Reform and opening up were deepened. We completed 36 key reform tasks.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"nor does the CPPCC Municipal Committee's support make it another body's review (a review finding on meta-228)", "r159_e01b_wr_only_cppcc_support_miss.txt",
		"2019 was a crucial year for building a moderately prosperous society in all respects. Over the past year, under the strong leadership of the municipal Party committee and with the support of the CPPCC Municipal Committee, the municipal government united and led the people of the city to overcome difficulties, and the city's economy maintained steady growth.\n(1) The economy ran steadily. The city's GDP grew 7.2%.\n(2) Reform and opening up were deepened. We completed 36 key reform tasks.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"nor does the general public budget revenue among its figures make it a budget report (a review finding on meta-228)", "r159_e02_wr_general_public_budget_in_opening_.txt",
		"2019 was an extraordinary year in the development of our county. Over the past year, under the strong leadership of the county Party committee, the county government focused on high-quality development, and the county's GDP reached 32.6 billion yuan, an increase of 7.5%. General public budget revenue reached 2.1 billion yuan, an increase of 6.3%.\n(1) Industry grew steadily. The added value of industries above designated size increased by 8.1%.\n(2) Rural revitalization was advanced. Grain output reached 520,000 tons.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"an English news feature whose year opens it and that names the municipal government at work (…invested…) is no work report (a review finding on meta-228)", "r159_e03_news_feature_city_government_fp.txt",
		"2019 was a record year for tourism in Guilin. The municipal government invested 3.2 billion yuan in new scenic areas and upgraded the Li River cruise terminals, and the city welcomed 138 million visitors, up 25 percent from a year earlier.\nHotel occupancy in the city rose to 72 percent, while tourism revenue reached 190 billion yuan.\nThe city plans to open two new international flight routes in 2020.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"an English speech on the city's opening-up whose year opens it (The municipal government has introduced…) is no work report (a review finding on meta-228)", "r159_e04_mayor_investment_speech_fp.txt",
		"The year 2019 was a milestone year for Suzhou's opening-up. The municipal government has introduced 30 measures to improve the business environment, and more than 150 Fortune Global 500 companies have invested in our city.\nLadies and gentlemen, distinguished guests, on behalf of the municipal government, I warmly welcome you to the 2020 Suzhou Investment Promotion Conference.\nWe sincerely hope that you will seize the opportunities and share in the growth of Suzhou.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"an English news story opening In 2019, which was… (the county government of Anji spent…) is no work report (a review finding on meta-228)", "r159_e08_in_year_which_was_news_fp.txt",
		"In 2019, which was the 70th anniversary of the founding of the People's Republic, the county government of Anji spent 120 million yuan on rural roads, the most it has spent in any year.\nVillagers in Yucun now reach the county seat in 20 minutes, compared with an hour a decade ago.\nTourism has followed: homestays in the village received 600,000 visitors last year.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"an English news story that quotes a business owner (…told China Daily) is no work report (a review finding on meta-228)", "r159_e12_municipal_government_department_news.txt",
		"2020 was a tough year for small businesses in Wuhan. To help them recover, the municipal government cut rents for 36,000 firms and extended 50 billion yuan in low-interest loans, the largest such program in the city's history and the biggest in any year so far.\nMany restaurant owners now say business is back to pre-pandemic levels.\n\"We would not have survived without the rent cuts,\" a noodle shop owner in Hankou told China Daily.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a translated review by the Municipal Committee of the CPPCC is no work report (a review finding on meta-228)", "r159_e05_cppcc_reverse_word_order_fp.txt",
		"2019 was an extraordinary year in the development of our city. Over the past year, under the strong leadership of the municipal Party committee, the Municipal Committee of the CPPCC adhered to the theme of unity and democracy, focused on the central work of the municipal government, and gave full play to its role in political consultation, democratic supervision and participation in the deliberation and administration of state affairs.\n(1) Political consultation was deepened. We organized 12 special consultation meetings and submitted 36 proposals.\n(2) Democratic supervision was strengthened. Members inspected key projects.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a translated party committee's report (…the municipal Party committee united and led…) is no work report (a review finding on meta-228)", "r159_e11_party_plenary_report_fp.txt",
		"2019 was a year of great significance in the development of our city. Over the past year, under the strong leadership of the Party Central Committee and the provincial Party committee, the municipal Party committee united and led the Party members and the people of the city to overcome difficulties, and the city's economy maintained steady growth.\n(1) We strengthened the Party's political building. We carried out the campaign to stay true to the Party's founding mission.\n(2) We promoted high-quality development.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a half year's analysis headed 一、综合经济运行稳中有进 is no communiqué (a review finding on meta-228)", "r159_s03b_quarter_analysis_no_headline_fp.txt",
		"一、综合经济运行稳中有进\n上半年，全县实现地区生产总值98.3亿元，按可比价格计算，同比增长6.1%，增速比一季度加快0.8个百分点。\n二、主要行业运行情况\n（一）农业生产总体平稳。上半年农林牧渔业总产值同比增长3.5%。\n三、存在的问题及建议\n当前经济运行中仍存在需求不足、企业经营困难等问题，建议进一步加大稳增长政策力度。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a report's part headed 一、综合交通网络加快完善 is no communiqué (a review finding on meta-228)", "r159_s04_plan_report_zonghe_jiaotong_fp.txt",
		"一、综合交通网络加快完善\n全年完成交通固定资产投资56.3亿元，新改建农村公路320公里，全县地区生产总值达到185.6亿元，交通对经济增长的支撑作用不断增强。\n二、2024年交通运输工作安排\n2024年，全县将围绕建设区域交通枢纽目标，重点抓好以下工作。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a report's part headed 一、综合治理成效明显 is no communiqué (a review finding on meta-228)", "r159_s06_sector_report_zonghe_zhili_fp.txt",
		"一、综合治理成效明显\n全年共排查整治各类矛盾纠纷1260起，调处成功率98.5%，全县社会大局保持和谐稳定，为地区生产总值增长7.5%营造了良好环境。\n二、2024年工作打算\n2024年，全县政法工作将围绕更高水平的平安建设，重点抓好以下工作。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"the page's title with its site's name (武陟县人民政府工作报告_…门户网站) over the headline with its year (…(2019年)): the year is kept (a review finding on meta-228)", "r159_w01_page_title_bare_h1_with_year.txt",
		"武陟县人民政府工作报告_武陟县人民政府门户网站\n武陟县人民政府工作报告(2019年)\n发布时间:2019-03-05 来源:县政府办公室\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见。\n一、2018年工作回顾\n2018年,在县委的坚强领导下,全县生产总值完成330亿元,增长8.5%。\n",
		trapWant{title: "武陟县人民政府工作报告(2019年)", province: "河南省", city: "焦作市", district: "武陟县", level: "county", docType: "政府工作报告", year: 2019, date: "2019-03-05"},
	},
	{
		"a related list's headline of another county (相关阅读 / 祁东县十七届人大二次会议隆重开幕) is no repeat of the page's headline (a review finding on meta-228)", "r159_p01_related_list_other_county_fp.txt",
		"县十七届人大二次会议隆重开幕\n2017-03-21 15:02:10   来源:   点击:\n相关阅读\n祁东县十七届人大二次会议隆重开幕\n衡南县十七届人大二次会议胜利闭幕\n    3月16日上午,县第十七届人民代表大会第二次会议隆重开幕。县委书记曾秀,县人大常委会主任刘健,县委副书记、县长孙鹏伟在主席台前排就座。\n    会议由大会主席团常务主席、执行主席刘健主持。本次大会应到代表353人,实到代表349人,符合法定人数。\n    孙鹏伟代表县人民政府作政府工作报告。报告回顾了2016年工作,提出了2017年经济社会发展的主要目标。\n",
		trapWant{title: "县十七届人大二次会议隆重开幕", province: "湖南省", city: "衡阳市", district: "祁东县", level: "county", docType: "其他", year: 2017, date: "2017-03-21"},
	},
	{
		"nor over a story that names its own county (衡阳县) (a review finding on meta-228)", "r159_p06_related_list_other_county_body_names.txt",
		"县十七届人大二次会议隆重开幕\n2017-03-21 15:02:10   来源:   点击:\n相关阅读\n祁东县十七届人大二次会议隆重开幕\n    3月16日上午,衡阳县第十七届人民代表大会第二次会议在夏明翰文化宫隆重开幕。\n    肩负着全县人民重托的300多名县人大代表步入会场,共绘实力、文化、生态、和谐衡阳县建设的发展蓝图。\n    孙鹏伟代表衡阳县人民政府作政府工作报告。\n",
		trapWant{title: "县十七届人大二次会议隆重开幕", province: "湖南省", city: "衡阳市", district: "衡阳县", level: "county", docType: "其他", year: 2017, date: "2017-03-21"},
	},
	{
		"another city's headline over this city's story (株洲市… over 长沙市第十五届…) is no repeat of the page's headline (a review finding on meta-228)", "r159_p07_city_headline_other_city_repeat_fp.txt",
		"市十五届人大三次会议开幕\n2024-01-10 09:30 来源:湖南日报\n株洲市十五届人大三次会议开幕\n    1月9日上午,长沙市第十五届人民代表大会第三次会议在长沙市民之家隆重开幕。市长周海兵作政府工作报告。\n    报告指出,2023年长沙全市地区生产总值增长4.8%。\n",
		trapWant{title: "市十五届人大三次会议开幕", province: "湖南省", city: "长沙市", district: "", level: "city", docType: "其他", year: 2024, date: "2024-01-10"},
	},
	{
		"a story recalling last year's report (去年镇长李明作2023年…政府工作报告时提出的) gives it no year (a review finding on meta-228)", "r159_d02_recalls_last_years_report.txt",
		"1月12日,长沙县黄兴镇第十八届人民代表大会第五次会议召开。\n会上,代表们回顾了去年镇长李明作2023年黄兴镇政府工作报告时提出的十件民生实事,目前已全部完成。\n会议听取和审议了政府工作报告。\n",
		trapWant{title: "", province: "湖南省", city: "长沙市", district: "长沙县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"nor one recalling the report made a year before (一年前镇长李明作2023年…政府工作报告时承诺的) (a review finding on meta-228)", "r159_d06_recall_previous_years_report_in_sess.txt",
		"1月12日,长沙县黄兴镇第十八届人民代表大会第五次会议召开。\n会前,镇人大主席团对一年前镇长李明作2023年黄兴镇政府工作报告时承诺的十件民生实事进行了督查,目前已全部完成。\n会议听取和审议了政府工作报告、财政预算报告。\n",
		trapWant{title: "", province: "湖南省", city: "长沙市", district: "长沙县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a list of past reports with their meeting lines run on (历年政府工作报告 / …——2023年1月12日…) under the page's title gives no meeting date (a review finding on meta-228)", "r159_m06_sidebar_list_runon_fp.txt",
		"七宝镇人民政府工作报告(全文)\n历年政府工作报告\n七宝镇人民政府工作报告 ——2023年1月12日七宝镇第二十届人民代表大会第四次会议上 镇长 吴昌飞\n七宝镇人民政府工作报告 ——2022年1月14日七宝镇第二十届人民代表大会第三次会议上 镇长 吴昌飞\n各位代表: 现在,我代表七宝镇人民政府,向大会报告工作,请代表们予以审议,并请各位列席人员提出意见。 一、2023年工作回顾 2023年,我们坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神。\n",
		trapWant{title: "七宝镇人民政府工作报告", province: "上海市", city: "上海市", district: "闵行区", level: "county", docType: "政府工作报告", year: 2023, date: ""},
	},
	{
		"a title whose meeting line is run on after a single dash (—2024年1月10日七宝镇…会议上) is dated by it (a review finding on meta-228)", "r159_m01_single_dash_miss.txt",
		"七宝镇人民政府工作报告 —2024年1月10日七宝镇第二十届 人民代表大会第五次会议上 镇长 吴昌飞\n各位代表: 现在,我代表七宝镇人民政府,向大会报告工作,请代表们予以审议,并请各位列席人员提出意见。 2023年工作回顾 2023年,我们坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神。\n",
		trapWant{title: "七宝镇人民政府工作报告", province: "上海市", city: "上海市", district: "闵行区", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-10"},
	},
	{
		"nor after two hyphens (--2024年1月10日…) (a review finding on meta-228)", "r159_m02_ascii_dashes_miss.txt",
		"七宝镇人民政府工作报告 --2024年1月10日七宝镇第二十届 人民代表大会第五次会议上 镇长 吴昌飞\n各位代表: 现在,我代表七宝镇人民政府,向大会报告工作,请代表们予以审议,并请各位列席人员提出意见。 2023年工作回顾 2023年,我们坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神。\n",
		trapWant{title: "七宝镇人民政府工作报告", province: "上海市", city: "上海市", district: "闵行区", level: "county", docType: "政府工作报告", year: 2024, date: "2024-01-10"},
	},
	{
		"a joint outlet's dispatch with an em dash (长江日报—长江网1月6日讯) is a story's lead (a review finding on meta-228)", "r159_v01_dispatch_em_dash_miss.txt",
		"武汉市政府工作报告:今年地区生产总值增长6%左右\n\n长江日报—长江网1月6日讯  1月6日上午,武汉市十五届人大三次会议开幕,市长周先旺作政府工作报告。\n\n报告提出,今年全市经济社会发展的主要预期目标是:地区生产总值增长6%左右。\n\n【编辑:张靖】\n",
		trapWant{title: "武汉市政府工作报告:今年地区生产总值增长6%左右", province: "湖北省", city: "武汉市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a translated CPPCC committee's review of its year (…the Standing Committee of the CPPCC Municipal Committee…) is no work report (a review finding on meta-227)", "r158_r10a_english_cppcc_report.txt",
		"2019 was an extraordinary year in the development of our city. Over the past year, under the strong leadership of the municipal Party committee, the Standing Committee of the CPPCC Municipal Committee adhered to the theme of unity and democracy, focused on the central work of the municipal government, and gave full play to the role of political consultation, democratic supervision and participation in the deliberation and administration of state affairs.\n(1) Political consultation was deepened. We organized 12 special consultation meetings on topics such as high-quality development, rural revitalization and optimizing the business environment, and submitted 36 proposals to the municipal Party committee and government.\n(2) Democratic supervision was strengthened. CPPCC members inspected the implementation of key projects and livelihood programs.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a translated review by a congress's standing committee under the party committee's leadership is no work report (a review finding on meta-227)", "r158_r10b_english_congress_standing_committee.txt",
		"The past year was a crucial year for building a moderately prosperous society in all respects. Under the leadership of the municipal Party committee, the Standing Committee of the Municipal People's Congress exercised its powers of legislation, supervision, appointment and removal in accordance with the law, and made new progress in all its work.\n(1) Legislation. We reviewed and adopted 6 local regulations, including the Regulations on the Protection of Historic Districts.\n(2) Supervision. We heard and reviewed 18 work reports of the municipal government, the intermediate court and the procuratorate.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a company's annual review (2019 was a challenging year for the Group… the Board of Directors… dividend) is no work report (a review finding on meta-227)", "r158_r10c_english_company_annual_report.txt",
		"2019 was a challenging year for the Group. Under the leadership of the Board of Directors, the management team overcame difficulties in the global market and completed the annual goals and tasks set at the beginning of the year.\nDuring the reporting period, the Group recorded operating revenue of RMB 12.6 billion, an increase of 8.2% over the previous year, and net profit attributable to shareholders of RMB 1.1 billion.\nThe Board recommends a final dividend of RMB 0.25 per share.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a translated plan report opening on its year (…implemented the 2019 plan for national economic and social development… The draft plan for 2020) is no work report (a review finding on meta-227)", "r158_r10d_english_plan_report.txt",
		"2019 was a crucial year for building a moderately prosperous society in all respects. Under the strong leadership of the provincial Party committee, the province implemented the 2019 plan for national economic and social development adopted by the second session of the 13th Provincial People's Congress, and the economy maintained steady and sound development.\n(1) The main targets of the plan were achieved. The province's GDP grew 7.0%, fixed asset investment grew 8.1%, and total retail sales of consumer goods grew 10.3%.\n(2) The draft plan for 2020. The main targets proposed for national economic and social development in 2020 are: GDP growth of about 6.5%.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a translated budget report opening on its year (…budget execution… general public budget revenue) is no work report (a review finding on meta-227)", "r158_r10e_english_budget_report.txt",
		"2019 was a year of steady progress in fiscal reform. Under the strong leadership of the municipal Party committee and the supervision of the Municipal People's Congress, budget execution in the city was generally good. General public budget revenue reached 32.6 billion yuan, 101.2% of the budget, an increase of 5.1%.\nGeneral public budget expenditure was 51.8 billion yuan, an increase of 6.4%. Government fund budget revenue was 28.3 billion yuan.\nThe draft budget for 2020: general public budget revenue is expected to grow by 5%.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"an English news story opening on a province's year (2020 was an extraordinary year for Hubei… figures released… on Tuesday) is no work report (a review finding on meta-227)", "r158_r10j_english_news_story_no_said.txt",
		"2020 was an extraordinary year for Hubei. Under the strong leadership of the provincial Party committee, the province's GDP recovered to 4.34 trillion yuan, according to figures released by the provincial statistics bureau on Tuesday.\nIndustrial output above designated size fell 6.1%, while retail sales dropped 20.8%.\nAnalysts expect a strong rebound in 2021 as the province recovers from the COVID-19 outbreak.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a translated work report's review opening on The year 2009 was… is the work report (a review finding on meta-227)", "r158_r10g_english_the_year_opening_miss.txt",
		"The year 2009 was the most difficult year for our county's economic development since the beginning of the new century. Over the past year, under the strong leadership of the county party committee, the county government united and led the people of the county to respond to the international financial crisis, and the county's economy maintained steady and rapid growth. The county's GDP reached 7.0 billion yuan, an increase of 13.2%.\n(1) Industrial economy grew steadily. The added value of industries above designated size reached 2.1 billion yuan.\n(2) Agriculture and rural work was strengthened.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a communiqué without its title whose first part is headed 一、综合经济 is the communiqué (a review finding on meta-227)", "r158_r6a_communique_no_title_zonghe_jingji.txt",
		"一、综合经济\n全年全县实现地区生产总值185.6亿元,按可比价格计算,比上年增长7.8%。其中,第一产业增加值21.3亿元,增长3.2%;第二产业增加值82.5亿元,增长8.9%;第三产业增加值81.8亿元,增长7.9%。\n二、农业\n全年粮食总产量32.5万吨,比上年增长1.2%。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "统计公报", year: 0, date: ""},
	},
	{
		"a communiqué without its title whose first part is headed 一、综合实力 is the communiqué (a review finding on meta-227)", "r158_r6b_communique_no_title_zonghe_shili.txt",
		"一、综合实力\n全年全市实现地区生产总值2108.3亿元,按可比价格计算,比上年增长6.9%。三次产业结构调整为8.1:42.5:49.4。人均地区生产总值58620元。\n二、农业和农村经济\n全年粮食总产量165万吨。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "统计公报", year: 0, date: ""},
	},
	{
		"the fixture of a communiqué headed 一、综合经济, its title line cut, is still the communiqué (a review finding on meta-227)", "r158_r6e_fixture_communique_without_title_zon.txt",
		"2005年,全区人民在区委、区政府的正确领导下,以邓小平理论和\"三个代表\"重要思想为指导,坚持全面、协调、可持续的科学发展观,认真贯彻落实中央和市委、市政府关于宏观调控的决策和部署,紧紧围绕确定的各项预期目标和工作任务,突出又快又好发展这一主题,加快工业化、城市化、农业产业化进程,大力发展区域经济,加快经济结构调整,努力缓解资源的瓶颈制约,使区域经济发展呈现速度快、效益好、结构更趋合理、经济增长质量进一步提高的可喜局面。社会各项事业全面进步,人民生活水平逐步提高。\n一、综合经济\n区域经济较快增长。2005年,全区地区生产总值达到90449万元,按不变价计算,比上年增长10.4%。其中,第一产业增加值2385万元,同比增长2.3%;第二产业增加值63266万元,同比增长10.6%;第三产业增加值24798万元,同比增长10.6%。全年人均生产总值19537元(按常住人口计算,折合2412美元),比上年同比增长11.1%。产业结构进一步优化,第三产业在经济中的比重较大幅度提高,三次产业结构比例调整为2.6:70.0:27.4。\n经济和社会发展中存在的主要问题是:经济总量偏小,经济结构不合理,产业结构单一,抗风险能力不强;城乡居民收入差距扩大;社会有效需求不足,民间投资启动不够;企业市场竞争力有待增强,科技创新能力亟待提高;经济结构性矛盾突出,第三产业增长滞后于经济发展。\n二、农村经济��\n农业生产保持平稳发展,农业产业结构进一步优化。一年来,全区上下认真贯彻中央一号文件精神,克服农资价格上涨、农产品价格回落的不利影响,采取积极有效的措施扶持农业生产,通过各类补贴及全面减免农业税,既调动了农民的积极性,又极大的促进了农业",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "统计公报", year: 0, date: ""},
	},
	{
		"a county site's list of other years' reports under the headline (历年政府工作报告 / 武陟县人民政府工作报告(2018年)) gives the page's title no year (a review finding on meta-227)", "r158_r9a_sidebar_lists_other_years.txt",
		"武陟县人民政府工作报告(全文)\n发布时间:2019-03-05 来源:县政府办公室\n历年政府工作报告\n武陟县人民政府工作报告(2018年)\n武陟县人民政府工作报告(2017年)\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见。\n一、2018年工作回顾\n2018年,在县委的坚强领导下,全县生产总值完成330亿元,增长8.5%。\n",
		trapWant{title: "武陟县人民政府工作报告", province: "河南省", city: "焦作市", district: "武陟县", level: "county", docType: "政府工作报告", year: 2019, date: "2019-03-05"},
	},
	{
		"nor under a headline with the site's name after it (武陟县人民政府工作报告_武陟县人民政府门户网站) (a review finding on meta-227)", "r158_r9j_site_suffix_headline_sidebar.txt",
		"武陟县人民政府工作报告_武陟县人民政府门户网站\n发布时间:2019-03-05 来源:县政府办公室 浏览次数:2356\n历年政府工作报告\n武陟县人民政府工作报告(2018年)\n武陟县人民政府工作报告(2017年)\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见。\n一、2018年工作回顾\n2018年,在县委的坚强领导下,全县生产总值完成330亿元,增长8.5%。\n",
		trapWant{title: "武陟县人民政府工作报告", province: "河南省", city: "焦作市", district: "武陟县", level: "county", docType: "政府工作报告", year: 2019, date: "2019-03-05"},
	},
	{
		"a joint outlet's dispatch with spaces around its dash (长江日报 - 长江网1月24日讯) is a story's lead (a review finding on meta-227)", "r158_r1b_joint_dispatch_spaced_dash.txt",
		"省政府工作报告:湖北2020年,极不平凡、极不容易、极其难忘\n\n长江日报 - 长江网1月24日讯  1月24日,湖北省十三届人大五次会议开幕,湖北省省长王晓东作《政府工作报告》。\n\n《报告》指出,2020年是湖北历史上极不平凡、极不容易、极其难忘的一年。千年梦想与百年目标交汇,世纪疫情与百年变局交织,挑战前所未有,斗争艰苦卓绝,成效好于预期。\n\n【编辑:张颖惠】\n",
		trapWant{title: "省政府工作报告:湖北2020年,极不平凡、极不容易、极其难忘", province: "湖北省", city: "", district: "", level: "province", docType: "其他", year: 2021, date: ""},
	},
	{
		"a dispatch of three outlets joined (大众日报·大众网-海报新闻1月10日讯) is a story's lead: the headline over it is the title (a review finding on meta-227)", "r158_r1c_joint_dispatch_dianxun_three_outlets.txt",
		"济南市政府工作报告:今年将新开工重点项目500个\n\n大众日报·大众网-海报新闻1月10日讯  1月10日上午,济南市第十七届人民代表大会第五次会议开幕,市长孙述涛作政府工作报告。\n\n报告指出,今年全市经济社会发展的主要预期目标是:地区生产总值增长6.5%以上,一般公共预算收入增长5%。\n\n责任编辑:李娜\n",
		trapWant{title: "济南市政府工作报告:今年将新开工重点项目500个", province: "山东省", city: "济南市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a joint outlet's mark without its day (长江日报-长江网讯(记者李佳)) is a story's lead (a review finding on meta-227)", "r158_r1e_joint_dispatch_no_day_control.txt",
		"武汉市政府工作报告:今年地区生产总值增长10%左右\n\n长江日报-长江网讯(记者李佳)1月6日上午,武汉市十五届人大六次会议开幕,市长周先旺作政府工作报告。\n\n报告提出,今年全市经济社会发展的主要预期目标是:地区生产总值增长10%左右。\n\n【编辑:张靖】\n",
		trapWant{title: "武汉市政府工作报告:今年地区生产总值增长10%左右", province: "湖北省", city: "武汉市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a subheading on what this session will review (此次会议将审查和批准“十四五”规划纲要) is no title (a review finding on meta-227)", "r158_r2c_subheading_cici_huiyi_miss.txt",
		"曲靖市六届人大六次会议26日开幕\n\n2021-02-23 10:12 来源:曲靖日报\n\n记者从曲靖市第六届人民代表大会第六次会议新闻发布会上获悉,会议将于2月26日至3月1日在麒麟区召开。\n\n此次会议将审查和批准“十四五”规划纲要\n\n根据市人大常委会的建议,会议的议程有8项:(一)听取和审议市人民政府工作报告;(二)审查和批准曲靖市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要。\n",
		trapWant{title: "曲靖市六届人大六次会议26日开幕", province: "云南省", city: "曲靖市", district: "", level: "city", docType: "其他", year: 2021, date: "2021-02-23"},
	},
	{
		"a portal's address with a slash after it (http://finance.sina.com.cn/ 2005年12月10日 11:38 现代快报) dates the page (a review finding on meta-227)", "r158_r3b_subdomain_trailing_slash_miss.txt",
		"南京GDP增幅明年力争超14%\nhttp://finance.sina.com.cn/ 2005年12月10日 11:38 现代快报\n时值岁末,明年南京将如何发展?昨天,南京市召开市委十一届十三次全体(扩大)会议,蒋宏坤市长作了《关于制定南京市国民经济和社会发展第十一个五年规划建议的说明》。\n",
		trapWant{title: "南京GDP增幅明年力争超14%", province: "江苏省", city: "南京市", district: "", level: "city", docType: "其他", year: 2005, date: "2005-12-10"},
	},
	{
		"a portal's address line whose time gives its seconds (… 2005年12月10日 11:38:26 现代快报) dates the page (a review finding on meta-227)", "r158_r3d_subdomain_seconds_miss.txt",
		"南京GDP增幅明年力争超14%\nhttp://finance.sina.com.cn 2005年12月10日 11:38:26 现代快报\n时值岁末,明年南京将如何发展?明年是“十一五”规划第一年,未来5年南京又将发生哪些变化?昨天,南京市召开市委十一届十三次全体(扩大)会议。\n",
		trapWant{title: "南京GDP增幅明年力争超14%", province: "江苏省", city: "南京市", district: "", level: "city", docType: "其他", year: 2005, date: "2005-12-10"},
	},
	{
		"a site's column in brackets closed before the date ([经济] 2020-04-01 来源:…) dates the page (a review finding on meta-227)", "r158_r5b_column_bracket_closed_before_date_mi.txt",
		"2019年合肥统计公报:GDP总量9409亿 常住人口增加10.2万(附图表)\n\n[经济] 2020-04-01 来源:中商产业研究院\n\n一、综合\n\n初步核算,全年全市地区生产总值9409.4亿元,比上年增长7.6%。\n",
		trapWant{title: "2019年合肥统计公报:GDP总量9409亿常住人口增加10.2万(附图表)", province: "安徽省", city: "合肥市", district: "", level: "city", docType: "统计公报", year: 2020, date: "2020-04-01"},
	},
	{
		"a site's column in brackets with spaces inside ([ 经济 ] 2020-04-01 来源:…) dates the page (a review finding on meta-227)", "r158_r5c_column_bracket_spaced_close_miss.txt",
		"2019年合肥统计公报:GDP总量9409亿 常住人口增加10.2万(附图表)\n\n[ 经济 ] 2020-04-01 来源:中商产业研究院\n\n一、综合\n\n初步核算,全年全市地区生产总值9409.4亿元,比上年增长7.6%。\n",
		trapWant{title: "2019年合肥统计公报:GDP总量9409亿常住人口增加10.2万(附图表)", province: "安徽省", city: "合肥市", district: "", level: "city", docType: "统计公报", year: 2020, date: "2020-04-01"},
	},
	{
		"an outline's full name in book-title marks opening its preface's sentence (。《商丘市…纲要》根据《…的建议》编制) replaces the document site's short name (a review finding on meta-227)", "r158_r8b_preface_sentence_with_book_marks_mis.txt",
		"(河南省)商丘市国民经济和社会发展十四五规划(2022年更新)\n\n[可行性研究报告 - 规划计划] 发表于:2022-08-02 17:03:08\n收藏\n前言\n(河南省)商丘市国民经济和社会发展十四五规划(2022年更新)\n详情\n\n“十四五”时期,是开启全面建设社会主义现代化商丘新征程的关键时期。《商丘市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》根据《中共商丘市委关于制定商丘市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制,主要阐明市委、市政府战略意图。\n\n第一章 发展基础\n",
		trapWant{title: "商丘市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", province: "河南省", city: "商丘市", district: "", level: "city", docType: "五年规划纲要", year: 2022, date: "2022-08-02"},
	},
	{
		"an English speaker's line with the surname in capitals (HU Yuting, Governor) gives the congress named Jilin its provincial level (a review finding on meta-225)", "r157_e1_jilin_caps.txt",
		"Report on the Work of the Government\nDelivered at the First Session of the 14th People's Congress of Jilin on January 15, 2023\nHU Yuting, Governor\nFellow Deputies,\nOn behalf of the People's Government, I will now present to you the report on the work of the government for your deliberation and approval.\nI. Review of Work in 2022\nThe past year was extraordinary. The province's GDP grew by a small margin.\n",
		trapWant{title: "Report on the Work of the Government", province: "吉林省", city: "", district: "", level: "province", docType: "政府工作报告", year: 2023, date: "2023-01-15"},
	},
	{
		"an English speaker's name and title on two lines (Hu Yuting / Governor) give the congress its level (a review finding on meta-225)", "r157_e2_jilin_linebreak.txt",
		"Report on the Work of the Government\nDelivered at the First Session of the 14th People's Congress of Jilin on January 15, 2023\nHu Yuting\nGovernor\nFellow Deputies,\nOn behalf of the People's Government, I will now present to you the report on the work of the government for your deliberation and approval.\nI. Review of Work in 2022\nThe past year was extraordinary. The province's GDP grew by a small margin.\n",
		trapWant{title: "Report on the Work of the Government", province: "吉林省", city: "", district: "", level: "province", docType: "政府工作报告", year: 2023, date: "2023-01-15"},
	},
	{
		"an English mayor's line with the surname in capitals (YAO Gaoyuan, Mayor) gives the congress named Hangzhou its municipal level (a review finding on meta-225)", "r157_e5_hangzhou_caps.txt",
		"Report on the Work of the Government\nDelivered at the Second Session of the 16th People's Congress of Hangzhou on January 10, 2023\nYAO Gaoyuan, Mayor\nFellow Deputies,\nOn behalf of the People's Government, I will now present to you the report on the work of the government for your deliberation and approval.\nI. Review of Work in 2022\nThe city's GDP grew by 1.5 percent.\n",
		trapWant{title: "Report on the Work of the Government", province: "浙江省", city: "杭州市", district: "", level: "city", docType: "政府工作报告", year: 2023, date: "2023-01-10"},
	},
	{
		"an English story quoting an earlier session's report (…the government work report delivered at the 4th Session of the 7th People's Congress on February 10, 2023) keeps its own page date (a review finding on meta-225)", "r157_e6_news_quote.txt",
		"Shenzhen sets 2024 targets\nUpdated: 2024-02-20\nShenzhen has set its targets for the year. In the government work report delivered at the 4th Session of the 7th People's Congress on February 10, 2023, the city pledged to grow its economy by 6 percent. This year the target is 5.5 percent, according to officials speaking at a news conference on Tuesday.\nThe city will also push ahead with projects.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 2024, date: "2024-02-20"},
	},
	{
		"an English headline on a side report (Report on the Work of Handling Deputies' Suggestions by the Municipal Government) is no work report (a review finding on meta-225)", "r157_e7_handling.txt",
		"Report on the Work of Handling Deputies' Suggestions by the Municipal Government\nDelivered at the 10th Meeting of the Standing Committee of the 16th People's Congress of Hangzhou on June 28, 2023\nThe municipal government handled 500 suggestions from deputies in 2022.\nAll were answered on time.\n",
		trapWant{title: "Report on the Work of Handling Deputies' Suggestions by the Municipal Government", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a page's back-to-top control over the headline (TOP 回到顶部) is no title (a review finding on meta-225)", "r157_f6_top.txt",
		"TOP 回到顶部\n\n县政府召开常务会议研究部署重点工作\n\n2025-11-28 14:15:28 来源:县融媒体中心\n\n11月27日,县长主持召开县政府常务会议,研究部署今冬明春重点工作,会议要求各部门抓好落实,确保各项任务按时完成。\n",
		trapWant{title: "县政府召开常务会议研究部署重点工作", province: "", city: "", district: "", level: "", docType: "其他", year: 2025, date: "2025-11-28"},
	},
	{
		"an April lead on a meeting on drafting the fourteenth five-year plan (…规划编制工作专题会议) that discusses the draft outline's frame in its next sentence is not dated by the plan's first year (a review finding on meta-225)", "r157_d2_fp_bianzhi.txt",
		"市政府召开“十四五”规划编制专题会议\n\n4月15日，市政府召开“十四五”规划编制工作专题会议。会议讨论了《国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）》框架思路。\n\n市长主持会议并讲话。\n",
		trapWant{title: "市政府召开“十四五”规划编制专题会议", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a December lead hearing the mid-term review of the fourteenth five-year plan (…实施情况中期评估报告) that names the draft outline later is not dated by the year before the plan (a review finding on meta-225)", "r157_d3_fp_zhongqi.txt",
		"市人大常委会听取规划中期评估报告\n\n12月10日，市人大常委会举行会议，听取“十四五”规划纲要实施情况中期评估报告。会议认为，市人代会审查的《国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）》确定的目标任务总体进展顺利。\n\n主任主持会议。\n",
		trapWant{title: "市人大常委会听取规划中期评估报告", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a slogan on a market (建设现代化义乌大市场) names 义乌市: 大市场 is no city noun (a review finding on meta-225)", "r157_s4_yiwu_market.txt",
		"市政府召开常务会议\n\n3月5日，市长主持召开市政府常务会议。会议强调，要全力建设现代化义乌大市场，打造世界小商品之都。\n\n会议还研究了其他事项。\n",
		trapWant{title: "市政府召开常务会议", province: "浙江省", city: "金华市", district: "义乌市", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a slogan on a strong city (建设现代化淄博强市) names 淄博市 (a review finding on meta-225)", "r157_s5_zibo_qiangshi.txt",
		"市政府召开常务会议\n\n3月5日，市长主持召开市政府常务会议。会议强调，要奋力建设现代化淄博强市，加快推进新旧动能转换。\n\n会议还研究了其他事项。\n",
		trapWant{title: "市政府召开常务会议", province: "山东省", city: "淄博市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a coastal metropolis in a slogan (助力现代化滨海大都市建设) names no 滨海县: 滨海 describes the city noun after it (round 157, holdout921/f03, meta-225)", "r157_slogan_coastal_metropolis.txt",
		"代表团审议政府工作报告\n\n1月20日下午,代表团召开全体会议,审议政府工作报告。代表们认为,报告提出加快打通南翼交通瓶颈,助力现代化滨海大都市建设,目标明确、措施有力。\n",
		trapWant{title: "代表团审议政府工作报告", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a translated city report that mentions inspections 'from the Governor' in its text takes no level from it: the congress named Jilin alone is no province's (a review finding on meta-224)", "r156_en_jilin_governor2.txt",
		"Report on the Work of the Government\nDelivered at the Second Session of the 17th People's Congress of Jilin on January 10, 2023\nFellow Deputies,\nOn behalf of the People's Government, I will now present to you the report on the work of the government for your deliberation and approval.\nI. Review of Work in 2022\nThe past year was extraordinary. We received inspections from the Governor on our efforts against the epidemic, and we pursued progress while ensuring stability.\nThe city's GDP grew by 2.1 percent.\n",
		trapWant{title: "Report on the Work of the Government", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2023, date: "2023-01-10"},
	},
	{
		"a headline 'Government Work Report by Mayor Xu Lin' over a district's report gives the congress named Fuyang alone no municipal level (a review finding on meta-224)", "r156_en_fuyang_mayor.txt",
		"Government Work Report by Mayor Xu Lin\nDelivered at the Fourth Session of the 16th People's Congress of Fuyang on January 10, 2019\nFellow Deputies,\nNow, on behalf of the District People's Government, I will report on the work of the government for your deliberation and approval, and I also invite comments from members of the district committee of the CPPCC.\nI. Review of Work in 2018\nIn 2018, under the leadership of the Hangzhou Municipal Party Committee and the district Party committee, Fuyang District achieved a GDP growth of 7.5 percent.\nII. Tasks for 2019\nWe will accelerate the integration of Fuyang into the Hangzhou metropolitan area.\n",
		trapWant{title: "Government Work Report by Mayor Xu Lin", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2019, date: "2019-01-10"},
	},
	{
		"a December lead reviewing the draft outline of the fourteenth five-year plan is dated 2020 though its next sentence says “十三五”以来 (a review finding on meta-224)", "r156_fp_yilai.txt",
		"市人大常委会初审“十四五”规划纲要草案\n来源：常州日报\n12月21日下午，市人大常委会举行会议，对《常州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）》进行初审。会议指出，“十三五”以来，全市上下坚持稳中求进工作总基调，经济社会发展取得显著成效，为开启现代化建设新征程奠定了坚实基础。\n市人大常委会主任主持会议。与会人员认为，纲要草案指导思想明确，目标任务清晰，重大举措务实，符合我市实际。\n与会人员对纲要草案的进一步修改完善提出了意见建议。\n",
		trapWant{title: "市人大常委会初审“十四五”规划纲要草案", province: "江苏省", city: "常州市", district: "", level: "city", docType: "五年规划纲要", year: 2020, date: ""},
	},
	{
		"a January lead discussing the draft outline of the fourteenth five-year plan is dated 2021 though its next sentence hears how the thirteenth was carried out (实施情况) (a review finding on meta-224)", "r156_fp_shishi.txt",
		"市政府常务会议讨论“十四五”规划纲要草案\n1月8日上午，市政府召开常务会议，讨论《国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）》，研究部署近期重点工作。会议听取了关于“十三五”规划实施情况的总结报告，审议了市政府工作报告（征求意见稿）。\n市长主持会议并讲话。会议强调，要认真吸收各方面意见，进一步修改完善纲要草案，提交市人民代表大会审议。\n",
		trapWant{title: "市政府常务会议讨论“十四五”规划纲要草案", province: "", city: "", district: "", level: "", docType: "其他", year: 2021, date: ""},
	},
	{
		"a March lead on a delegation reviewing the work report at the National People's Congress's session, whose deputies 提出意见建议, is dated by the session (a review finding on meta-224); the delegation's story is the host congress's, no province's (meta-230)", "r156_npc_jianyi.txt",
		"广西代表团审议政府工作报告\n3月6日上午，广西代表团在驻地举行全体会议，审议十三届全国人大二次会议政府工作报告，代表们结合实际积极发言，提出意见建议。\n代表们一致认为，政府工作报告实事求是、鼓舞人心，是一个求真务实、凝心聚力的好报告。\n大家表示，要把思想和行动统一到党中央决策部署上来，奋力谱写新时代广西发展新篇章。\n",
		trapWant{title: "广西代表团审议政府工作报告", province: "", city: "", district: "", level: "", docType: "其他", year: 2019, date: ""},
	},
	{
		"an English congress named by a municipality after it (People's Congress of Beijing Municipality) is the municipality's (a review finding on meta-223)", "r154_en_beijing_municipality.txt",
		"Report on the Work of the Government\nDelivered at the Fourth Session of the 15th People's Congress of Beijing Municipality on January 23, 2021\nChen Jining, Mayor of Beijing\nFellow Deputies,\nOn behalf of the Beijing Municipal People's Government, I will now present to you the report on the work of the government for your deliberation and approval. I also invite comments from members of the Beijing Municipal Committee of the Chinese People's Political Consultative Conference and other non-voting attendees.\nI. Review of Our Work in 2020 and during the 13th Five-Year Plan Period\nThe year 2020 was an extraordinary year in the history of the People's Republic of China. Confronted with the sudden outbreak of COVID-19, we followed the strong leadership of the CPC Central Committee with Comrade Xi Jinping at its core and acted under the direct leadership of the CPC Beijing Municipal Committee. We fully implemented the guiding principles of the 19th CPC National Congress and the second, third, fourth and fifth plenary sessions of the 19th CPC Central Committee, and we carried out the decisions and plans of the CPC Central Committee and the State Council.\nThe city's economy recovered steadily, with GDP growing by 1.2 percent and general public budget revenue reaching 571.69 billion yuan. The surveyed urban unemployment rate stayed within the target, and consumer prices rose by 1.7 percent.\n",
		trapWant{title: "Report on the Work of the Government", province: "北京市", city: "", district: "", level: "province", docType: "政府工作报告", year: 2021, date: "2021-01-23"},
	},
	{
		"an English congress named by a city as a municipality (People's Congress of Shenzhen Municipality) is the city's (a review finding on meta-223)", "r154_en_shenzhen_municipality.txt",
		"Report on the Work of the Government\nDelivered at the Second Session of the 7th People's Congress of Shenzhen Municipality on January 24, 2022\nQin Weizhong, Mayor of Shenzhen\nFellow Deputies,\nOn behalf of the Shenzhen Municipal People's Government, I will now present to you the report on the work of the government for your deliberation and approval, and I also invite comments from members of the Shenzhen Municipal Committee of the Chinese People's Political Consultative Conference and other non-voting attendees.\nI. Review of Our Work in 2021\nThe year 2021 marked the centenary of the Communist Party of China and the first year of the 14th Five-Year Plan period. Under the strong leadership of the Provincial Party Committee, the Provincial People's Government and the Municipal Party Committee, we pursued high-quality development and the city's economy grew steadily.\nGDP reached 3.07 trillion yuan, up 6.7 percent; general public budget revenue reached 425.75 billion yuan; and the per capita disposable income of residents rose by 8.2 percent.\n",
		trapWant{title: "Report on the Work of the Government", province: "广东省", city: "深圳市", district: "", level: "city", docType: "政府工作报告", year: 2022, date: "2022-01-24"},
	},
	{
		"an English congress named by its place alone takes its level from the speaker's title on the speaker's line (Cai Lixin, Acting Mayor) or the government the report presents itself for (a review finding on meta-223)", "r154_en_huaian_acting_mayor.txt",
		"Report on the Work of the Government\nDelivered at the Third Session of the 8th People's Congress of Huai'an on January 27, 2019\nCai Lixin, Acting Mayor\nFellow Deputies,\nOn behalf of the Municipal People's Government, I will now present to you the report on the work of the government for your deliberation and approval, and I also invite comments from members of the Municipal Committee of the Chinese People's Political Consultative Conference and other non-voting attendees.\nI. Review of Our Work in 2018\nThe year 2018 was the first year for fully implementing the guiding principles of the 19th CPC National Congress. Under the strong leadership of the Provincial Party Committee, the Provincial People's Government and the Municipal Party Committee, we followed the new development philosophy and pursued high-quality development, and the city's economy kept a momentum of stable and sound growth.\nGDP reached 360.1 billion yuan, up 6.6 percent; general public budget revenue reached 25.2 billion yuan; and the per capita disposable income of urban and rural residents rose by 8.1 percent and 8.8 percent respectively.\n",
		trapWant{title: "Report on the Work of the Government", province: "江苏省", city: "淮安市", district: "", level: "city", docType: "政府工作报告", year: 2019, date: "2019-01-27"},
	},
	{
		"a government hearing how the draft outline of the fourteenth five-year plan was drawn up (…纲要(草案)》编制情况的汇报) in December is of the year before the plan's first (a review finding on meta-223)", "r154_fp_bianzhi.txt",
		"市政府召开常务会议听取“十四五”规划纲要编制情况汇报\n12月15日下午,市长王建军主持召开市政府第58次常务会议,听取市发改委关于《嘉兴市国民经济和社会发展第十四个五年规划和2035年远景目标纲要(草案)》编制情况的汇报。\n会议指出,“十四五”时期是我市高水平全面建设社会主义现代化的关键时期,科学编制好规划纲要,对于推动全市经济社会高质量发展具有重要意义。各部门要进一步对标对表中央和省委决策部署,充分吸收各方面意见建议,不断完善规划纲要草案。\n会议强调,要突出规划的战略引领作用,聚焦长三角一体化发展,谋划一批牵引性、标志性的重大项目,确保规划目标任务可落地、可考核。\n会议还研究了其他事项。\n",
		trapWant{title: "市政府召开常务会议听取“十四五”规划纲要编制情况汇报", province: "浙江省", city: "嘉兴市", district: "", level: "city", docType: "其他", year: 2020, date: ""},
	},
	{
		"a lead whose second sentence names the draft outline the meeting discussed (会议讨论了《…第十四个五年规划和二〇三五年远景目标纲要(草案)》) is dated by it (a review finding on meta-223)", "r154_fp_second_sentence.txt",
		"县政府召开常务会议\n1月18日上午,县长李明主持召开县政府第六十次常务会议。会议讨论了《宁海县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要(草案)》,研究了提请县十七届人大六次会议审查的有关事项。\n会议指出,规划纲要草案在广泛征求意见的基础上形成,总体框架合理,目标任务明确。各部门要根据讨论意见进一步修改完善,确保按程序提交大会审查。\n会议还研究了其他事项。\n",
		trapWant{title: "县政府召开常务会议", province: "浙江省", city: "宁波市", district: "宁海县", level: "county", docType: "其他", year: 2021, date: ""},
	},
	{
		"a draft outline whose long-range year is typed with a digit zero (二0三五年远景目标纲要(草案)) is a draft outline (a review finding on meta-223)", "r154_fp_digit_zero.txt",
		"市人大常委会召开会议初审规划纲要草案\n12月24日上午,市人大常委会举行会议,初步审查《衢州市国民经济和社会发展第十四个五年规划和二0三五年远景目标纲要(草案)》。\n常委会组成人员认为,纲要草案坚持问题导向和目标导向相统一,提出的发展目标和重点任务符合我市实际。建议进一步突出四省边际中心城市建设,细化重大项目支撑。\n会议要求,市政府要认真研究吸纳常委会组成人员的审议意见,进一步修改完善纲要草案,提请市八届人大五次会议审查。\n",
		trapWant{title: "市人大常委会召开会议初审规划纲要草案", province: "浙江省", city: "衢州市", district: "", level: "city", docType: "五年规划纲要", year: 2020, date: ""},
	},
	{
		"a draft outline joined to its long-range goals by 及 (…第十四个五年规划及2035年远景目标纲要(草案)) is a draft outline (a review finding on meta-223)", "r154_fp_ji.txt",
		"县人大常委会初审“十四五”规划纲要草案\n12月22日,县人大常委会召开会议,听取和初步审查《德清县国民经济和社会发展第十四个五年规划及2035年远景目标纲要(草案)》。\n常委会组成人员认为,纲要草案指导思想明确,发展目标科学合理,重点任务切实可行。建议县政府进一步修改完善后提请县十七届人大五次会议审查。\n会议还听取了其他事项的汇报。\n",
		trapWant{title: "县人大常委会初审“十四五”规划纲要草案", province: "浙江省", city: "湖州市", district: "德清县", level: "county", docType: "五年规划纲要", year: 2020, date: ""},
	},
	{
		"a county media centre posting under the headline (2023-01-16 盱眙县融媒体中心) dates the page (a review finding on meta-223)", "r154_pd_rongmeiti.txt",
		"盱眙县第十七届人民代表大会第三次会议隆重开幕\n2023-01-16 盱眙县融媒体中心\n1月15日上午，盱眙县第十七届人民代表大会第三次会议在县人民会堂隆重开幕。县长王华代表县人民政府向大会作政府工作报告。\n报告指出，过去的一年，面对复杂严峻的宏观环境，全县上下全力以赴稳经济、促发展、保民生，全年实现地区生产总值530亿元，增长4.5%。\n报告提出，今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%左右。\n大会应到代表268名，实到代表259名，符合法定人数。\n",
		trapWant{title: "盱眙县第十七届人民代表大会第三次会议隆重开幕", province: "江苏省", city: "淮安市", district: "盱眙县", level: "county", docType: "其他", year: 2023, date: "2023-01-16"},
	},
	{
		"a county broadcaster posting under the headline (2023-01-16 盱眙县广播电视台) dates the page (a review finding on meta-223)", "r154_pd_guangdian.txt",
		"盱眙县第十七届人民代表大会第三次会议隆重开幕\n2023-01-16 盱眙县广播电视台\n1月15日上午，盱眙县第十七届人民代表大会第三次会议在县人民会堂隆重开幕。县长王华代表县人民政府向大会作政府工作报告。\n报告指出，过去的一年，面对复杂严峻的宏观环境，全县上下全力以赴稳经济、促发展、保民生，全年实现地区生产总值530亿元，增长4.5%。\n报告提出，今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%左右。\n大会应到代表268名，实到代表259名，符合法定人数。\n",
		trapWant{title: "盱眙县第十七届人民代表大会第三次会议隆重开幕", province: "江苏省", city: "淮安市", district: "盱眙县", level: "county", docType: "其他", year: 2023, date: "2023-01-16"},
	},
	{
		"an e-paper headline on deputies and members (代表委员话发展) listed and repeated over its story is no interview's speaker label (a review finding on meta-223)", "r154_ep_speaker_daibiao.txt",
		"淮安日报\n2019年01月28日\n第A02版:两会特刊\n· 市八届人大三次会议举行第二次全体会议\n· 代表委员话发展\n· 图片新闻\n代表委员话发展\n本报讯（记者 张伟 王丽）1月27日，出席市八届人大三次会议的代表和列席市政协八届三次会议的委员们认真审议、讨论政府工作报告。大家一致认为，报告实事求是、重点突出、催人奋进，是一个鼓舞人心、凝聚力量的好报告。\n市人大代表、淮安区区长李明说，报告对过去一年工作的总结客观全面，对今年工作的部署务实可行，我们将认真贯彻落实报告提出的各项目标任务。\n市政协委员、市工商联副主席陈红表示，报告中关于优化营商环境的内容让民营企业家倍感振奋。\n",
		trapWant{title: "代表委员话发展", province: "江苏省", city: "淮安市", district: "", level: "city", docType: "其他", year: 2019, date: "2019-01-28"},
	},
	{
		"an e-paper headline on members' proposals (政协委员建言献策) is no interview's speaker label (a review finding on meta-223)", "r154_ep_speaker_weiyuan.txt",
		"淮安日报\n2019年01月28日\n第A02版:两会特刊\n· 市八届人大三次会议举行第二次全体会议\n· 政协委员建言献策\n· 图片新闻\n政协委员建言献策\n本报讯（记者 张伟 王丽）1月27日，出席市八届人大三次会议的代表和列席市政协八届三次会议的委员们认真审议、讨论政府工作报告。大家一致认为，报告实事求是、重点突出、催人奋进，是一个鼓舞人心、凝聚力量的好报告。\n市人大代表、淮安区区长李明说，报告对过去一年工作的总结客观全面，对今年工作的部署务实可行，我们将认真贯彻落实报告提出的各项目标任务。\n市政协委员、市工商联副主席陈红表示，报告中关于优化营商环境的内容让民营企业家倍感振奋。\n",
		trapWant{title: "政协委员建言献策", province: "江苏省", city: "淮安市", district: "", level: "city", docType: "其他", year: 2019, date: "2019-01-28"},
	},
	{
		"an e-paper headline on deputies (人大代表谈民生) is no interview's speaker label (a review finding on meta-223)", "r154_ep_speaker_rendadaibiao.txt",
		"淮安日报\n2019年01月28日\n第A02版:两会特刊\n· 市八届人大三次会议举行第二次全体会议\n· 人大代表谈民生\n· 图片新闻\n人大代表谈民生\n本报讯（记者 张伟 王丽）1月27日，出席市八届人大三次会议的代表和列席市政协八届三次会议的委员们认真审议、讨论政府工作报告。大家一致认为，报告实事求是、重点突出、催人奋进，是一个鼓舞人心、凝聚力量的好报告。\n市人大代表、淮安区区长李明说，报告对过去一年工作的总结客观全面，对今年工作的部署务实可行，我们将认真贯彻落实报告提出的各项目标任务。\n市政协委员、市工商联副主席陈红表示，报告中关于优化营商环境的内容让民营企业家倍感振奋。\n",
		trapWant{title: "人大代表谈民生", province: "江苏省", city: "淮安市", district: "", level: "city", docType: "其他", year: 2019, date: "2019-01-28"},
	},
	{
		"a portal's clock under its name (2024-05-10 星期五) is no poster's line: it does not date the report under it (a review finding on meta-222)", "r152_dp1_portal_clock.txt",
		"南京市江宁区人民政府门户网站\n2024-05-10 星期五\n首页 政务公开 政务服务 互动交流 走进江宁\n当前位置：首页 > 政务公开 > 政府工作报告\n政府工作报告\n各位代表:\n现在,我代表区人民政府,向大会报告工作,请予审议,并请区政协委员和其他列席人员提出意见。\n一、2022年工作回顾\n过去的一年,面对复杂严峻的外部环境,在市委、市政府和区委的坚强领导下,全区上下坚持稳中求进工作总基调,地区生产总值增长5.2%,一般公共预算收入完成180亿元。\n二、2023年工作安排\n2023年是全面贯彻落实党的二十大精神的开局之年。今年全区经济社会发展的主要预期目标是:地区生产总值增长6%左右。\n",
		trapWant{title: "政府工作报告", province: "江苏省", city: "南京市", district: "江宁区", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a sidebar's list of other pages (政务公开重点领域专栏 / 2024-02-14 县长调研重点项目建设) does not date the report under it (a review finding on meta-222)", "r152_dp6b_sidebar_list_later.txt",
		"盱眙县人民政府\n首页 | 政务公开 | 政务服务 | 政民互动\n政务公开重点领域专栏\n2024-02-14 县长调研重点项目建设\n2024-02-10 全县招商引资大会召开\n盱眙县2023年政府工作报告\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见。\n一、2022年工作回顾\n过去的一年,面对复杂严峻的外部环境,全县地区生产总值增长5.2%。\n二、2023年主要目标任务\n今年全县经济社会发展的主要预期目标是:地区生产总值增长6%左右。\n",
		trapWant{title: "盱眙县2023年政府工作报告", province: "江苏省", city: "淮安市", district: "盱眙县", level: "county", docType: "政府工作报告", year: 0, date: ""},
	},
	{
		"a list of related pages under an attachment (相关文章 / 盱眙县2020年财政决算情况的报告 / 2021-07-30 盱眙发布) gives neither the title nor the date (a review finding on meta-222)", "r152_dp9b_attachment_related_app.txt",
		"关于盱眙县2022年预算执行情况和2023年预算草案的报告\n附件:盱眙县2022年预算执行情况和2023年预算草案的报告.pdf\n相关文章\n盱眙县2020年财政决算情况的报告\n2021-07-30 盱眙发布\n盱眙县2021年上半年预算执行情况的报告\n2021-08-25 盱眙发布\n",
		trapWant{title: "关于盱眙县2022年预算执行情况和2023年预算草案的报告", province: "江苏省", city: "淮安市", district: "盱眙县", level: "county", docType: "预算报告", year: 0, date: ""},
	},
	{
		"an e-paper's tool bar over the story and again over the footer (收藏 打印 推荐 更多功能) is no headline (a review finding on meta-222)", "r152_ep6_toolbar_twice.txt",
		"第A02版:要闻\n3上一版  下一版4  \nPDF 版\n· 我市召开优化营商环境大会\n· 市政协举行主席会议\n收藏 打印 推荐  更多功能  \n  2023 年 1 月 19 日 星期四\n上一期  下一期  \n我市召开优化营商环境大会\n本报记者 王磊 通讯员 李娜\n  本报讯 昨天上午,我市召开优化营商环境大会,市委书记出席会议并讲话,市长主持会议。会议总结了2022年全市优化营商环境工作,部署了2023年重点任务。\n  会议指出,过去一年,全市上下认真贯彻落实省委省政府决策部署,营商环境持续优化,市场主体活力不断增强。\n  会议强调,要对标一流、持续发力,奋力打造市场化法治化国际化一流营商环境。\n收藏 打印 推荐  更多功能  \n宿迁日报社版权所有 未经书面授权不得复制或建立镜像 地址:江苏省宿迁市宿城区发展大道888号 邮编:223800 电话:0527-84368000 苏ICP备05004523号\n",
		trapWant{title: "我市召开优化营商环境大会", province: "江苏省", city: "宿迁市", district: "", level: "city", docType: "其他", year: 2023, date: "2023-01-19"},
	},
	{
		"an e-paper's list of stories printed twice over a story without its own headline line: the last entry is no headline (a review finding on meta-222)", "r152_ep4b_list_twice_story.txt",
		"第A04版:要闻\n上一版 下一版\n· 我市召开优化营商环境大会\n· 市政协举行主席会议\nPDF版\n· 我市召开优化营商环境大会\n· 市政协举行主席会议\n本报讯 昨天上午,我市召开优化营商环境大会,市委书记出席会议并讲话,市长主持会议。会议总结了2022年全市优化营商环境工作,部署了2023年重点任务。\n会议指出,过去一年,全市上下认真贯彻落实省委省政府决策部署,营商环境持续优化。\n",
		trapWant{title: "我市召开优化营商环境大会", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"an interview's speaker label repeated over each answer (市人大代表 张红梅) is no headline (a review finding on meta-222)", "r152_ep2_interview.txt",
		"第05版:两会特刊\n上一版 下一版\n代表委员访谈\n记者\n市人大代表 张红梅\n记者:今年的政府工作报告提出,要持续推进城市更新行动,作为来自基层社区的代表,您对此有何感受和建议?\n市人大代表 张红梅\n城市更新是实实在在的民生工程。我所在的社区是上世纪八十年代建成的老小区,去年完成了改造,加装了电梯,居民们非常满意。今年我建议进一步扩大改造范围。\n记者\n你对政府工作报告中提到的养老服务有什么看法?希望在哪些方面加大投入力度?请具体谈一谈。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a government meeting preparing the fourteenth five-year plan that reviews another plan's draft outline (审议《…乡村振兴战略规划纲要(草案)》) is not dated by the plan's first year (a review finding on meta-222)", "r152_fp1_rural_plan_2019.txt",
		"县政府召开第二十六次常务会议\n3月12日上午,县长王强主持召开县政府第二十六次常务会议,研究部署“十四五”规划编制前期工作,审议《盱眙县乡村振兴战略规划纲要(草案)》。\n会议指出,编制好“十四五”规划,对全县高质量发展具有重要意义。各部门要早谋划、早研究,扎实做好前期基础工作。\n会议还研究了春季农业生产、安全生产等工作。\n",
		trapWant{title: "县政府召开第二十六次常务会议", province: "江苏省", city: "淮安市", district: "盱眙县", level: "county", docType: "其他", year: 0, date: ""},
	},
	{
		"a mid-term review of the fourteenth five-year plan in November that recalls its draft approved in 2021 is not dated 2020 (a review finding on meta-222)", "r152_fp2_midterm_2023.txt",
		"市人大常委会开展“十四五”规划纲要实施情况中期评估专题调研\n11月16日,市人大常委会副主任李华带队开展“十四五”规划纲要实施情况中期评估专题调研。\n调研组指出,2021年1月,市十七届人大五次会议审查批准了《宿迁市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要(草案)》,两年多来,全市上下认真贯彻落实,各项目标任务推进顺利,总体符合预期。\n调研组要求,要对照纲要确定的目标任务,查漏补缺、加压奋进,确保完成各项目标任务。\n",
		trapWant{title: "市人大常委会开展“十四五”规划纲要实施情况中期评估专题调研", province: "江苏省", city: "宿迁市", district: "", level: "city", docType: "其他", year: 0, date: ""},
	},
	{
		"a meeting in April on drafting the fifteenth five-year plan's outline (…规划纲要草案编制工作推进会) is not dated by the plan's first year (a review finding on meta-222)", "r152_fp7_drafting_april.txt",
		"市发展改革委召开“十五五”规划编制工作推进会\n4月18日下午,市发展改革委召开“十五五”规划纲要草案编制工作推进会,通报前期重大课题研究进展情况,部署下一阶段工作。\n会议要求,各课题承担单位要加快研究进度,6月底前形成课题成果,确保年底前形成“十五五”规划纲要草案初稿。\n",
		trapWant{title: "市发展改革委召开“十五五”规划编制工作推进会", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a county in an English site's menu (Xuyi County) does not set the level of a congress named by its place alone (People's Congress of Huai'an): the speaker's title does (Mayor of Huai'an) (a review finding on meta-222)", "r152_en1c_nav_county.txt",
		"Huai'an China Government Government Bulletin\nHome | About Huai'an | Qingjiangpu District | Huaiyin District | Lianshui County | Xuyi County | Jinhu County | Investment\nReport on the Work of the Government (January 27, 2019)\n\nDelivered at the Third Session of the 8th People's Congress of Huai'an on January 27, 2019\n\nCai Lixin, Mayor of Huai'an\n\nFellow Deputies,\n\nOn behalf of the Huai'an Municipal People's Government, I will now report to you on the work of the government and ask for your deliberation and approval. I also invite comments from members of the Committee of the Chinese People's Political Consultative Conference (CPPCC) and other representatives present.\n\nI. A Review of the Work in 2018\n\nIn the past year, facing the complicated and challenging macro-environment and arduous development targets, we adhered to the guiding ideology of Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era, fully implemented the spirit of the Nineteenth National Congress of the Party in an all-round way, and firmly followed the general principle of pursuing progress while ensuring stability in accordance with all major policies and plans made by the Party Central Committee, the State Council, the provincial government and municipal party committee. We thoroughly implemented the new development philosophy, coordinated works in reform, development and stability by pursuing supply-side structural reform as the main task. As a result, we maintained stable and healthy economic and social development, better accomplished all objectives and tasks, and achieved a good start for high-quality development.\n\n1. With equal emphasis on both quantity and quality, the economy achieved generally stable growth while made further progress. Gross Regional Domestic Product (GRDP) totaled 360.1 billion yuan, grew by 6.5 percent. Investment in fixed assets above scale increased by 9 percent; general public budget income added up to 24.73 billion yuan, rose by 7.2 percent; and per capita disposable income of urban and rural residents reached 35,828 yuan and 17,058 yuan, increased by 8.6 percent and 9.3",
		trapWant{title: "Report on the Work of the Government (January 27, 2019)", province: "江苏省", city: "淮安市", district: "", level: "city", docType: "政府工作报告", year: 2019, date: "2019-01-27"},
	},
	{
		"an English congress named by its place and level after it (People's Congress of Jilin City) is the city's, not the province whose name it shares (a review finding on meta-222)", "r152_en5_jilin_city.txt",
		"Report on the Work of the Government\nDelivered at the Second Session of the 17th People's Congress of Jilin City on January 8, 2023\nFellow Deputies,\nNow, I will report to you on the work of the government for your deliberation and approval.\nI. Review of the Work in 2022\nOver the past year, under the strong leadership of the Provincial Party Committee, the Provincial Government and the Municipal Party Committee, we fully implemented the decisions and arrangements, and the city's economy recovered steadily. The regional GDP grew by 3.5 percent, and the general public budget revenue reached 16.2 billion yuan.\n",
		trapWant{title: "Report on the Work of the Government", province: "吉林省", city: "吉林市", district: "", level: "city", docType: "政府工作报告", year: 2023, date: "2023-01-08"},
	},
	{
		"an English congress named by a prefecture sharing a province's name (People's Congress of Hainan Prefecture) is the prefecture's, 青海省's 海南藏族自治州 (a review finding on meta-222)", "r152_en6_hainan_prefecture.txt",
		"Report on the Work of the People's Government of Hainan Tibetan Autonomous Prefecture\nDelivered at the First Session of the 15th People's Congress of Hainan Prefecture on January 10, 2023\nFellow Deputies,\nNow, I will report to you on the work of the government for your deliberation and approval.\nOver the past five years, under the strong leadership of the Qinghai Provincial Party Committee and the Provincial Government, people of all ethnic groups in the prefecture worked hard and achieved remarkable results in economic and social development and ecological protection on the plateau.\n",
		trapWant{title: "Report on the Work of the People's Government of Hainan Tibetan Autonomous Prefecture", province: "青海省", city: "海南藏族自治州", district: "", level: "city", docType: "政府工作报告", year: 2023, date: "2023-01-10"},
	},
	{
		"a study trip's subtitle under its headline (——赴浙江省安吉县考察学习报告) names the county visited, not the one the text speaks as (西和县…全县) (a review finding on meta-220)", "r149_subtitle_trip_visited.txt",
		"他山之石 可以攻玉\n\n——赴浙江省安吉县考察学习报告\n\n来源:县政府办 发布时间:2024-05-10 09:30 阅读:\n\n为深入学习先进地区经验,5月5日至8日,西和县党政考察团赴外地考察学习。西和县要立足县情,推动西和高质量发展。全县各级各部门要抓好落实,西和县乡村振兴工作将再上新台阶。\n",
		trapWant{title: "他山之石可以攻玉", province: "甘肃省", city: "陇南市", district: "西和县", level: "county", docType: "其他", year: 2024, date: "2024-05-10"},
	},
	{
		"a paired-assistance feature's subtitle (——福州市对口帮扶定西市纪实) does not file the story under the helping city (a review finding on meta-220)", "r149_subtitle_paired_assistance.txt",
		"东西协作结硕果\n——福州市对口帮扶定西市纪实\n\n来源:县政府办 发布时间:2024-05-10 09:30 阅读:\n\n近年来,定西市与福州市携手推进东西部协作。定西市各级各部门抓好落实。定西市经济社会发展取得新成效。\n",
		trapWant{title: "东西协作结硕果", docType: "其他", year: 2024, date: "2024-05-10"},
	},
	{
		"a kicker over a closing session's headline and a deck that ends in 决议 (振奋精神 求真务实 / 县十八届人大三次会议胜利闭幕 / 审议通过各项决议) is no title broken over three lines (a review finding on meta-219)", "r148_kicker_closing_deck.txt",
		"振奋精神 求真务实\n县十八届人大三次会议胜利闭幕\n审议通过各项决议\n\n1月10日上午,县十八届人大三次会议在县会议中心胜利闭幕。\n会议通过了各项决议。\n",
		trapWant{title: "县十八届人大三次会议胜利闭幕", docType: "其他"},
	},
	{
		"a county's short name before 路径 (探索乡村振兴西和路径) is the county's own word: 路 begins no road there (a review finding on meta-219)", "r148_short_name_before_path.txt",
		"县政府召开常务会议\n\n会议强调,全县上下要坚持稳中求进,深入探索乡村振兴西和路径。全县各级各部门要抓好落实,确保全年目标任务圆满完成。\n",
		trapWant{province: "甘肃省", city: "陇南市", district: "西和县", level: "county", docType: "其他"},
	},
	{
		"a headline ending in a paper's name (省领导走访河南日报) over a session's lead is the headline (a review finding on meta-219)", "r148_headline_ends_in_paper.txt",
		"省领导走访河南日报\n\n1月16日,洛阳市第十六届人民代表大会第一次会议在洛阳开幕,市长徐衣显代表市人民政府作政府工作报告。\n\n报告回顾了过去五年的工作。\n",
		trapWant{title: "省领导走访河南日报", province: "河南省", city: "洛阳市", level: "city", docType: "其他"},
	},
	{
		"a lead in May on the National People's Congress's session of 2020, which sat from 22 May (5月22日,十三届全国人大三次会议河南代表团…), is dated by the session table (a review finding on meta-219)", "r148_npc_session_may_2020.txt",
		"十三届全国人大三次会议河南代表团举行全体会议\n5月22日,十三届全国人大三次会议河南代表团举行全体会议,审议政府工作报告。\n代表们一致认为,报告实事求是。\n",
		trapWant{title: "十三届全国人大三次会议河南代表团举行全体会议", level: "national", docType: "其他", year: 2020},
	},
	{
		"a byline with no space between reporter and place (新华社记者李四北京报道) is no headline (a review finding on meta-219)", "r148_byline_unspaced.txt",
		"新华社记者李四北京报道\n\n3月5日,十四届全国人大二次会议在人民大会堂开幕,国务院总理作政府工作报告。\n",
		trapWant{level: "national", docType: "其他", year: 2024},
	},
	{
		"a report that presents the government's work with the plan (现将2023年政府工作和2024年国民经济和社会发展计划向大会报告) is a work report, not a plan report (a review finding on meta-219)", "r148_government_work_with_plan.txt",
		"各位代表:\n受县人民政府委托,现将2023年政府工作和2024年国民经济和社会发展计划向大会报告,请予审议。\n一、2023年工作回顾\n2023年,全县上下坚持稳中求进工作总基调,经济运行稳中向好,各项事业全面进步。\n",
		trapWant{title: "政府工作报告", docType: "政府工作报告"},
	},
	{
		"a session that reviewed a report the government put to it (…会议审查了县人民政府提出的关于2023年…与2024年…的报告) dates the lead by the years it heard (a review finding on meta-218)", "r147_session_reviewed_proposed.txt",
		"县人代会审查计划报告\n\n1月10日,县十八届人大三次会议审查了县人民政府提出的关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告。\n\n代表们认为报告实事求是。\n",
		trapWant{title: "县人代会审查计划报告", docType: "其他", year: 2024},
	},
	{
		"an outlet's name alone over a session's lead (中国共产党新闻网) is no headline (a review finding on meta-218)", "r147_outlet_name_over_lead.txt",
		"中国共产党新闻网\n\n1月16日,洛阳市第十六届人民代表大会第一次会议在洛阳开幕,市长徐衣显代表市人民政府作政府工作报告。\n\n报告回顾了过去五年的工作,部署了2023年的目标任务。\n",
		trapWant{province: "河南省", city: "洛阳市", level: "city", docType: "其他"},
	},
	{
		"a January meeting on the proposals made at the National People's Congress's session (1月15日,十三届全国人大二次会议代表建议办理工作总结会召开) is not dated by the session table: only a lead in February or March is of the session (a review finding on meta-218)", "r147_npc_proposals_meeting.txt",
		"全国人大代表建议办理工作总结会召开\n\n1月15日,十三届全国人大二次会议代表建议办理工作总结会召开,省政府副省长出席。\n\n会议通报了一年来的办理情况。\n",
		trapWant{title: "全国人大代表建议办理工作总结会召开", level: "national", docType: "其他"},
	},
	{
		"a title broken after 关于 whose second line names a session (固始县人民政府关于 / 县十八届人大三次会议召开期间代表建议办理情况的报告) is joined, not taken for a kicker over a session's headline (a review finding on meta-218)", "r147_title_broken_after_guanyu.txt",
		"固始县人民政府关于\n县十八届人大三次会议召开期间代表建议办理情况的报告\n\n县人大常委会:\n\n县十八届人大三次会议期间,代表共提出建议150件,现将办理情况报告如下。\n",
		trapWant{title: "固始县人民政府关于县十八届人大三次会议召开期间代表建议办理情况的报告", province: "河南省", city: "信阳市", district: "固始县", level: "county", docType: "其他"},
	},
	{
		"a headline ending in 报道 (洛阳日报记者走基层蹲点报道) is no byline: a byline names its reporter and place apart (a review finding on meta-218)", "r147_headline_ends_in_report.txt",
		"洛阳日报记者走基层蹲点报道\n\n5月10日,记者来到洛阳市孟津区,记录乡村振兴的生动实践。\n\n村民们说,日子越过越好。\n",
		trapWant{title: "洛阳日报记者走基层蹲点报道", province: "河南省", city: "洛阳市", level: "city", docType: "其他"},
	},
	{
		"a headline shaped like a government's name (奋力建设人民满意政府) over a session's lead is the headline: only a paper's masthead over its e-edition is skipped (a review finding on meta-217)", "r146_headline_ends_in_government.txt",
		"奋力建设人民满意政府\n\n1月16日,洛阳市第十六届人民代表大会第一次会议在洛阳开幕,市长徐衣显代表市人民政府作政府工作报告。\n\n报告回顾了过去五年的工作,部署了2023年的目标任务。\n",
		trapWant{title: "奋力建设人民满意政府", province: "河南省", city: "洛阳市", level: "city", docType: "其他"},
	},
	{
		"a November inspection of the plan a session approved before (检查县十八届人大二次会议审查批准的关于2022年…报告执行情况) is no session heard that day: no year from the pair (a review finding on meta-217)", "r146_session_approved_before.txt",
		"县人大常委会检查计划执行\n\n11月20日,县人大常委会组织视察,检查县十八届人大二次会议审查批准的关于2022年计划执行情况与2023年计划的报告执行情况。\n\n代表们认为,2023年计划执行良好。\n",
		trapWant{title: "县人大常委会检查计划执行", docType: "其他"},
	},
	{
		"an e-paper's masthead (洛阳日报 电子版) and edition line (00002版:要闻) over the headline and the issue's day: the headline is the title (a review finding on meta-217)", "r146_epaper_masthead_edition.txt",
		"洛阳日报 电子版\n\n00002版:要闻\n\n奋力建设人民满意政府\n\n2023年01月18日 星期三\n\n1月16日,洛阳市第十六届人民代表大会第一次会议在洛阳开幕,市长徐衣显代表市人民政府作政府工作报告。\n",
		trapWant{title: "奋力建设人民满意政府", province: "河南省", city: "洛阳市", level: "city", docType: "其他", year: 2023, date: "2023-01-18"},
	},
	{
		"a heading that names a year alone (2024年政府工作报告) over the report's bare own title and its meeting line of 2023 does not replace it: only a name with its place does (a review finding on meta-217)", "r146_year_only_heading_bare_title.txt",
		"2024年政府工作报告\n\n政府工作报告\n\n——2023年1月4日在洛阳市第十六届人民代表大会第一次会议上\n\n洛阳市人民政府市长 徐衣显\n\n各位代表:\n\n现在,我代表市人民政府,向大会报告工作,请予审议。\n",
		trapWant{title: "政府工作报告", province: "河南省", city: "洛阳市", level: "city", docType: "政府工作报告", year: 2023, date: "2023-01-04"},
	},
	{
		"a January meeting that passes on another's numbered meeting (传达学习自治区政府2025年第40次常务会议精神) is not dated by it (a review finding on meta-215)", "r144_meeting_quotes_numbered.txt",
		"市政府召开常务会议\n\n1月6日,市长王刚主持召开市政府常务会议,传达学习自治区政府2025年第40次常务会议精神,研究部署今年一季度经济工作。\n\n会议指出,要坚持稳中求进工作总基调,确保一季度经济实现“开门红”。\n",
		trapWant{title: "市政府召开常务会议", docType: "其他"},
	},
	{
		"a city's story, named first, citing the province's statistics bureau as its source (德阳市… / 据四川省统计局统一核算) is the city's, not the province's (a review finding on meta-214)", "r144_city_cites_province_bureau.txt",
		"德阳市2023年一季度经济运行情况\n\n据四川省统计局统一核算,一季度德阳实现地区生产总值710.2亿元,同比增长6.1%。德阳规模以上工业增加值增长8.5%,固定资产投资增长10.2%,社会消费品零售总额增长7.3%。\n",
		trapWant{docType: "其他"}, // no place rather than the province (the headline over an undated text is not read as a title; left)
	},
	{
		"an English headline on a prefecture whose name is a province's with words between (Hainan Tibetan Autonomous Prefecture) places nothing (a review finding on meta-214); its meeting line naming the congress after it (…of the 15th People's Congress of the Prefecture on January 10, 2023) dates it (meta-222)", "r144_english_autonomous_prefecture.txt",
		"Report on the Work of the People's Government of Hainan Tibetan Autonomous Prefecture\n\nDelivered at the First Session of the 15th People's Congress of the Prefecture on January 10, 2023\n\nFellow Deputies,\n\nI will now report on the work of the government for your deliberation.\n",
		trapWant{title: "Report on the Work of the People's Government of Hainan Tibetan Autonomous Prefecture", docType: "政府工作报告", year: 2023, date: "2023-01-10"},
	},
	{
		"a township's own report that says 全镇在台山市委市政府的正确领导下 is that county's: 全镇 is no other township (a review finding on meta-212)", "r142_own_township_leadership.txt",
		"青禾岭镇人民政府工作报告\n——2021年1月8日在青禾岭镇第十七届人民代表大会第五次会议上\n镇长 张三\n各位代表:\n现在,我代表镇人民政府向大会报告工作,请予审议。\n一、2020年工作回顾\n2020年,全镇在台山市委市政府的正确领导下,坚持以习近平新时代中国特色社会主义思想为指导,较好地完成了全年各项目标任务。\n",
		trapWant{title: "青禾岭镇人民政府工作报告", province: "广东省", city: "江门市", district: "台山市", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2021, date: "2021-01-08"},
	},
	{
		"a December session hearing 2021年1-11月预算执行情况和2022年预算草案 is of 2021: months may stand inside the pair (a review finding on meta-213)", "r142_pair_with_months.txt",
		"县十八届人大五次会议举行第二次全体会议\n12月28日上午,县十八届人大五次会议举行第二次全体会议。\n会议听取了县财政局局长张三作的关于2021年1-11月预算执行情况和2022年预算草案的报告。\n",
		trapWant{title: "县十八届人大五次会议举行第二次全体会议", docType: "其他", year: 2021},
	},
	{
		"报告指出,2023年是…开局之年 is the report's own year, not the one it looks back on (a review finding on meta-212)", "r142_report_says_year_is.txt",
		"市十届人大三次会议隆重开幕\n1月10日上午,XX市第十届人民代表大会第三次会议隆重开幕。市长张三作政府工作报告。\n报告指出,2023年是全面贯彻党的二十大精神的开局之年,做好今年工作,对于实现“十四五”规划目标意义重大。\n",
		trapWant{title: "市十届人大三次会议隆重开幕", docType: "其他"},
	},
	{
		"a January meeting reviewing the year before's report's targets (2022年《政府工作报告》目标任务完成情况总结会) is not of that year (a review finding on meta-212)", "r142_report_targets_reviewed.txt",
		"区政府召开会议\n1月10日上午,区政府召开2022年《政府工作报告》目标任务完成情况总结会,通报去年各项目标任务完成情况。\n会议指出,一年来,全区上下紧紧围绕目标任务,取得了良好成效。\n",
		trapWant{title: "区政府召开会议", docType: "其他"},
	},
	{
		"a listing's update mark after a story's headline ((2024年更新)) gives way to the year the story's session plans (a review finding on meta-213)", "r142_update_mark_on_story.txt",
		"内江市第八届人民代表大会第一次会议开幕(2024年更新)\n1月12日上午,内江市第八届人民代表大会第一次会议在内江会议中心开幕。市长张三代表市人民政府作政府工作报告。\n报告回顾了2021年工作,并对2022年工作作出安排。\n",
		trapWant{title: "内江市第八届人民代表大会第一次会议开幕", province: "四川省", city: "内江市", level: govsearch.LevelCity, docType: "其他", year: 2022},
	},
	{
		"a congress committee's report titled with the committee (大会财政经济审查委员会关于…的审查结果报告) keeps its title (a review finding on meta-213)", "r142_committee_report_title.txt",
		"大会财政经济审查委员会关于西安市2022年国民经济和社会发展计划执行情况与2023年计划草案的审查结果报告\n各位代表:\n西安市第十七届人民代表大会第三次会议审查了市人民政府提出的计划执行情况与计划草案的报告。\n",
		trapWant{title: "大会财政经济审查委员会关于西安市2022年国民经济和社会发展计划执行情况与2023年计划草案的审查结果报告", province: "陕西省", city: "西安市", level: govsearch.LevelCity, docType: "其他"},
	},
	{
		"an English headline on a prefecture that shares a province's name (People's Government of Hainan Prefecture, Qinghai) places nothing (a review finding on meta-213)", "r142_english_prefecture_shared_name.txt",
		"Report on the Work of the People's Government of Hainan Prefecture, Qinghai\n来源:州政府办公室   日期:2012-03-16\nReport on the Work of the People's Government of Hainan Prefecture, Qinghai\nFellow Deputies,\nOn behalf of the People's Government of the prefecture, I would now like to present to you my report on the work of the government in the past year.\nI. Review of the Work in 2011\n",
		trapWant{title: "Report on the Work of the People's Government of Hainan Prefecture, Qinghai", docType: "政府工作报告", year: 2012, date: "2012-03-16"},
	},
	{
		"a translated report whose speaker would now like to present my report on the work of the government is a work report (a review finding on meta-212)", "r142_english_would_present.txt",
		"Report on the Work of the People's Government of Hainan Tibetan Autonomous Prefecture\n来源:州政府办公室   日期:2012-03-16\nReport on the Work of the People's Government of Hainan Tibetan Autonomous Prefecture\nFellow Deputies,\nOn behalf of the People's Government of the prefecture, I would now like to present to you my report on the work of the government in the past year.\nI. Review of the Work in 2011\n",
		trapWant{title: "Report on the Work of the People's Government of Hainan Tibetan Autonomous Prefecture", docType: "政府工作报告", year: 2012, date: "2012-03-16"},
	},
	{
		"a portal's clock with its weekday over an e-paper's edition line (2024年03月05日 星期二 / 第A3版:…) is no issue day (a review finding on meta-212)", "r142_clock_over_edition.txt",
		"今日 2024年03月05日 星期二\n2024年03月05日 星期二\n第A3版:特别报道 上一版 下一版 往期:2023-01-08\n内江市2023年政府工作报告(摘要)\n各位代表:\n现在,我代表市人民政府,向大会报告政府工作,请予审议。\n一、2022年工作回顾\n",
		trapWant{title: "内江市2023年政府工作报告(摘要)", province: "四川省", city: "内江市", level: govsearch.LevelCity, docType: "政府工作报告"},
	},
	{
		"a standing committee's meeting in July (7月26日上午,省十四届人大常委会第四次会议在广州召开) hearing the half year's reports (2023年上半年…执行情况的报告) is of that year; the sentence on what it heard (会议听取省人民政府关于…的报告) is no title (round 142)", "r142_standing_committee_half_year.txt",
		"省十四届人大常委会第四次会议在广州召开\n7月26日上午,省十四届人大常委会第四次会议在广州召开,会期两天。省人大常委会主任黄楚平主持第一次全体会议。\n会议听取省人民政府关于2022年省级决算草案的报告、关于2023年上半年国民经济和社会发展计划执行情况的报告和关于2023年上半年预算执行情况的报告。\n",
		trapWant{title: "省十四届人大常委会第四次会议在广州召开", docType: "其他", year: 2023},
	},
	{
		"a bare 政府工作报告 under a column's line that names the report with its place (两会专题 | 2021年南京市政府工作报告) takes that name: the column stays only in a headline's own line (a review finding on meta-211)", "r141_column_over_bare_title.txt",
		"两会专题 | 2021年南京市政府工作报告\n政府工作报告\n——2021年1月20日在南京市第十六届人民代表大会第六次会议上\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n一、2020年工作回顾\n过去一年,全市上下团结一心,经济社会发展取得新成效。\n",
		trapWant{title: "2021年南京市政府工作报告", province: "江苏省", city: "南京市", district: "", level: govsearch.LevelCity, docType: "政府工作报告", year: 2021, date: "2021-01-20"},
	},
	{
		"an English story on the report on the work of the government delivered is no work report: only the speaker's own words (I will now report…) make one (a review finding on meta-211)", "r141_english_story_on_report.txt",
		"Chinese Premier Li Qiang on Tuesday delivered the report on the work of the government at the opening meeting of the second session of the 14th National People's Congress in Beijing. Lawmakers will deliberate the report in the coming days, and political advisers will discuss it at their panel meetings.\nAnalysts said the growth target of around 5 percent was ambitious but achievable given the policy support announced this week.\nThe premier also pledged to issue ultra-long special treasury bonds over several years, starting with one trillion yuan this year.\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 0, date: ""},
	},
	{
		"a city's text that says 我市 as well as 我省 and names one province (广东经济发展的基本面) is not the province's (a review finding on meta-211)", "r141_city_says_we_province.txt",
		"二、2021年工作总体要求\n今年是“十四五”开局之年。我市发展仍处于重要战略机遇期,全面贯彻落实我省“一核一带一区”区域发展格局部署,深度融入粤港澳大湾区建设,广东经济发展的基本面没有改变。\n今年经济社会发展的主要预期目标是:地区生产总值增长6%以上,一般公共预算收入增长5%。\n围绕上述目标,重点抓好以下工作。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 2021, date: ""},
	},
	{
		"a site's title of a report's name, 全文 and essays on studying it after a comma (2023年政府工作报告全文,学习心得体会范文5篇) is no report's text (a review finding on meta-211)", "r141_full_text_then_essays.txt",
		"当前位置:范文网 > 心得体会 > 正文\n\n2023年政府工作报告全文,学习心得体会范文5篇\n\n更新时间:2023-03-08 09:07:58 范文网\n学习2023年政府工作报告心得体会一\n今天,我认真收看了十四届全国人大一次会议开幕会,聆听了李强总理所作的政府工作报告,深受鼓舞。报告回顾了过去五年的工作,部署了今年的任务。\n作为一名基层干部,我将把报告精神落实到工作中去。\n",
		trapWant{title: "2023年政府工作报告心得体会一", province: "", city: "", district: "", level: govsearch.LevelNational, docType: "其他", year: 2023, date: "2023-03-08"},
	},
	{
		"a December meeting on the draft of a report to be made to the session (拟向县十七届人大五次会议提交的2022年《政府工作报告》征求意见座谈会) is dated by the drafting, not read as the session's (a review finding on meta-211)", "r141_report_to_be_submitted.txt",
		"12月27日上午,我县召开拟向县十七届人大五次会议提交的2022年《政府工作报告》征求意见座谈会。\n县长李明主持会议并讲话。\n与会人员对报告初稿提出了修改意见和建议。\n",
		trapWant{title: "", province: "", city: "", district: "", level: "", docType: "其他", year: 2021, date: ""},
	},
	{
		"a township's report that tells of another township's leadership (千灯镇在昆山市委市政府的坚强领导下) is not placed in that county (a review finding on meta-211)", "r141_other_township_leadership.txt",
		"政府工作报告\n——2021年1月10日在石桥镇第十七届人民代表大会第六次会议上\n石桥镇人民政府\n各位代表:\n现在,我代表石桥镇人民政府向大会报告工作,请予审议。\n2020年,全镇上下团结一心,顺利完成全年各项目标任务。我们学习借鉴外地经验,组织干部赴昆山市考察,了解到千灯镇在昆山市委市政府的坚强领导下实现跨越发展的做法。\n一、经济发展稳中有进\n全年实现地区生产总值45亿元,同比增长3.5%。\n",
		trapWant{title: "政府工作报告", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2021, date: "2021-01-10"},
	},
	{
		"a news site's address with a day run on (//www.workercn.cn2025-01-26来源:) gives way to the labelled date under it (发布时间:2014-01-27), as a portal's clock line does (a review finding on meta-211)", "r141_address_day_then_labelled.txt",
		"当前位置:中工网时政频道2014地方两会-正文\n2014年辽宁省政府工作报告(全文)\n//www.workercn.cn2025-01-26来源: 辽宁日报\n发布时间:2014-01-27\n  (四)坚持不懈狠抓三大工程,着力改善生态环境\n  辽宁作为老工业基地,生态保护、环境治理任务重、压力大。\n",
		trapWant{title: "2014年辽宁省政府工作报告", province: "辽宁省", city: "", district: "", level: govsearch.LevelProvince, docType: "政府工作报告", year: 2014, date: "2014-01-27"},
	},
	{
		"an e-paper's issue day with its weekday under its edition line (第A3版:特别报道 / 2023年01月08日 星期日) dates the page and is no part of the title under it (round 141)", "r141_epaper_issue_weekday.txt",
		"第A3版:特别报道 上一版3  4下一版\n标题导航\n2023年01月08日 星期日\n放大 缩小 默认\n政府工作报告摘要\n一、2022年工作回顾\n2022年是本届政府的起始之年。近一年来,市政府坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神。\n",
		trapWant{title: "政府工作报告摘要", province: "", city: "", district: "", level: "", docType: "政府工作报告", year: 2023, date: "2023-01-08"},
	},
	{
		"a photo caption's day at a conference hall (2021年5月6日,…签约仪式在上海国际会议中心举行) is no meeting line (round 141)", "r141_caption_conference_hall.txt",
		"踔厉奋发 为建设新时代新包头作出新的更大贡献\n——包头市第十六届人民代表大会第一次会议闭幕\n包头市政务服务大厅接待窗口工作人员耐心为市民服务。吴杰 摄\n2021年5月6日,包头市招商说明会项目签约仪式在上海国际会议中心举行。吴杰 摄\n包头晶澳太阳能科技有限公司晶硅生产线。 吴杰 摄\n",
		trapWant{title: "踔厉奋发为建设新时代新包头作出新的更大贡献", province: "内蒙古自治区", city: "包头市", district: "", level: govsearch.LevelCity, docType: "其他", year: 0, date: ""},
	},
	{
		"a page saved as its source: the lines of tags alone open nothing, and a paper's byline in tags (<strong>□河北日报记者</strong>潘文静) is no headline (round 141)", "r141_saved_source_byline.txt",
		"<div class=\"content_type content_type_0002\" style=\"text-align: center;\">\n高标准高质量推进雄安新区建设现代化城市\n</div>\n<div class=\"content_type content_type_0003\">\n——解读河北“十五五”规划《纲要》\n</div>\n<div class=\"content_type content_type_0005\">\n<strong>□河北日报记者</strong>潘文静\n</div>\n<div>\n秦皇岛日报 2026-05-02\n</div>\n“深入推进雄安新区高质量建设和发展”,《河北省国民经济和社会发展第十五个五年规划纲要》立足大局,提出到2030年,雄安新区建设成为新时代创新高地。\n",
		trapWant{title: "高标准高质量推进雄安新区建设现代化城市", province: "", city: "", district: "", level: "", docType: "其他", year: 2026, date: "2026-05-02"},
	},
	{
		"a city's session its district's deputies attend (出席市九届人大四次会议的我区人大代表审议了…) in April, hearing 2019年…执行情况与2020年…草案: the plan's year (round 140)", "r140_deputies_at_city_session.txt",
		"4月27日上午,出席市九届人大四次会议的我区人大代表审议了市委副书记、市长张旭晨所作的《政府工作报告》,书面审查了《白银市2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告》。\n代表们结合工作实际踊跃发言。\n",
		trapWant{province: "甘肃省", city: "白银市", level: govsearch.LevelCity, docType: "其他", year: 2020},
	},
	{
		"a lead on a day in March when a year's communiqué was released in book-title marks (联合发布《2020年珠海市…统计公报》): the next year (round 140)", "r140_communique_released_marks.txt",
		"3月26日,珠海市统计局、国家统计局珠海调查队联合发布《2020年珠海市国民经济和社会发展统计公报》,从十二个方面公布了珠海市国民经济和社会发展的各项数据。\n2020年,珠海全市经济持续稳定恢复。\n",
		trapWant{province: "广东省", city: "珠海市", level: govsearch.LevelCity, docType: "其他", year: 2021},
	},
	{
		"a portal's clock line over the headline (www.ijjnews.com 晋江新闻网 2025-01-10 09:30) gives way to the labelled date under it (发布时间:2013-01-06) (a review finding on meta-208)", "r139_clock_over_labelled.txt",
		"www.ijjnews.com   晋江新闻网  2025-01-10 09:30\n您当前所在位置:晋江新闻网>>新闻中心>>正文\n泉州市十五届人大二次会议昨开幕\n来源:泉州晚报 发布时间:2013-01-06\n昨日上午,泉州市第十五届人民代表大会第二次会议在泉州影剧院隆重开幕。\n",
		trapWant{title: "泉州市十五届人大二次会议昨开幕", province: "福建省", city: "泉州市", level: govsearch.LevelCity, docType: "其他", year: 2013, date: "2013-01-06"},
	},
	{
		"a column's name after a slash in a breadcrumb with marks (首页 > 新闻中心/本市动态 / 本市动态) is no part of the headline (a review finding on meta-208)", "r139_crumb_mixed.txt",
		"您现在的位置:首页 > 新闻中心/本市动态\n本市动态\n城关镇召开座谈会听取对政府工作报告的意见建议\n1月5日,城关镇召开座谈会,听取各界对政府工作报告的意见建议。\n",
		trapWant{title: "城关镇召开座谈会听取对政府工作报告的意见建议", docType: "其他"},
	},
	{
		"a headline on a congress's WeChat account (市人大常委会开通微信公众号) is no promotion line: only a promotion (荆门阅读量最高的微信) is furniture (a review finding on meta-207)", "r137_wechat_headline.txt",
		"市人大常委会开通微信公众号\n发布时间:2024-03-05\n3月5日,市人大常委会微信公众号正式上线运行,及时发布人大工作动态。\n公众号设置了人大动态、代表风采等栏目。\n",
		trapWant{title: "市人大常委会开通微信公众号", docType: "其他", year: 2024, date: "2024-03-05"},
	},
	{
		"a first sentence with its own full day (2025年1月6日,城北镇人代会开幕。) is no kicker before the next day's (a review finding on meta-207)", "r137_dated_first_sentence.txt",
		"2025年1月6日,城北镇第十九届人民代表大会第六次会议开幕。2025年1月8日上午,大会圆满完成各项议程后胜利闭幕。\n会议听取并审议了政府工作报告。\n",
		trapWant{docType: "其他", year: 2025, date: "2025-01-06"},
	},
	{
		"a half year compared with the one before (与2023年上半年相比,2024年上半年…) at an August session: the later (a review finding on meta-207)", "r137_half_year_compared.txt",
		"8月2日,擂鼓镇召开第十一届人民代表大会第六次会议。会议听取了镇长所作的工作报告,报告指出,与2023年上半年相比,2024年上半年全镇农业总产值增长5%。\n会议选举产生了新一届镇人民政府领导班子。\n",
		trapWant{docType: "其他", year: 2024},
	},
	{
		"the report's parts joined after an outlet's 消息 credit (今日竹山网消息 1月5日,… 2023年工作回顾和2024年工作安排): 2024, not a review of 2024 plus one (a review finding on meta-207)", "r137_parts_after_credit.txt",
		"今日竹山网消息 1月5日,竹山县第十届人民代表大会第四次会议开幕。会议听取了2023年工作回顾和2024年工作安排。\n",
		trapWant{province: "湖北省", city: "十堰市", district: "竹山县", level: govsearch.LevelCounty, docType: "其他", year: 2024},
	},
	{
		"a column's name with a slash under a breadcrumb with marks (首页 > 乡镇/街道动态 / 乡镇/街道动态) is no part of the headline (a review finding on meta-207)", "r137_column_with_slash.txt",
		"您现在的位置:首页 > 乡镇/街道动态\n乡镇/街道动态\n城关镇召开座谈会听取对政府工作报告的意见建议\n1月5日,城关镇召开座谈会,听取各界对政府工作报告的意见建议。\n",
		trapWant{title: "城关镇召开座谈会听取对政府工作报告的意见建议", docType: "其他"},
	},
	{
		"a slash breadcrumb ending on the column's name (首页/新闻中心/本市动态 / 本市动态) over the headline: the column is no part of it (a review finding on meta-206)", "r135_crumb_slash.txt",
		"您现在的位置:首页/新闻中心/本市动态\n本市动态\n刘媛主持召开座谈会听取对政府工作报告的意见建议\n1月5日,市长刘媛主持召开座谈会,听取各民主党派、工商联和无党派人士对政府工作报告征求意见稿的意见建议。\n与会人员结合各自领域,围绕经济发展、民生保障等方面提出意见建议。\n",
		trapWant{title: "刘媛主持召开座谈会听取对政府工作报告的意见建议", docType: "其他"},
	},
	{
		"a city's report under 视察吉林重要讲话 naming 吉林 for the province (推动吉林全面振兴): no city, 吉林 counting for no 吉林市 (a review finding on meta-206)", "r135_jilin_province_not_city.txt",
		"政府工作报告\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员提出意见。\n过去一年,我们深入贯彻习近平总书记视察吉林重要讲话精神,在省委省政府和市委的坚强领导下,全市上下团结奋进,全市地区生产总值增长6%。我们坚持以新时代中国特色社会主义思想为指导,奋力推动吉林全面振兴取得新突破,全市经济运行持续回升。全市城乡居民收入稳步增长,民生福祉持续改善,社会大局和谐稳定。\n(一)聚力应对风险挑战,经济社会稳定发展\n",
		trapWant{title: "政府工作报告", province: "吉林省", level: govsearch.LevelCity, docType: "政府工作报告"},
	},
	{
		"an English headline opening on a province's name (Jilin 2023 Government Work Report) places the report in no city (a review finding on meta-206)", "r135_jilin_english.txt",
		"Jilin 2023 Government Work Report\nDear deputies,\nNow, on behalf of the People's Government of the province, I will report on the work of the government for your deliberation and approval.\nIn the past five years, the province achieved steady growth of its economy.\n",
		trapWant{title: "Jilin 2023 Government Work Report", docType: "政府工作报告"},
	},
	{
		"a standing deputy county head's speaker line (常务副县长 李四) names no issuer (a review finding on meta-206)", "r135_standing_deputy.txt",
		"县人民政府2023年国民经济和社会发展计划执行情况的报告\n——2023年1月10日在县第十八届人民代表大会第三次会议上\n常务副县长 李四\n各位代表:\n受县人民政府委托,现将2022年国民经济和社会发展计划执行情况与2023年计划草案提请大会审议。\n",
		trapWant{title: "县人民政府2023年国民经济和社会发展计划执行情况的报告", docType: "国民经济和社会发展计划报告", year: 2023, date: "2023-01-10"},
	},
	{
		"a page of 2019 whose text names no year keeps a district by a name retired before it (石家庄市桥东区): the page's year trusts townships only (a review finding on meta-206)", "r135_retired_name_page_year.txt",
		"石家庄市桥东区人民政府关于加强城市道路管理的通知\n发布时间:2019-05-06\n各街道办事处,区政府各部门:\n为加强城市道路管理,现就有关事项通知如下。\n一、各单位要按照属地管理原则做好道路巡查。\n二、发现问题及时上报区城管局。\n桥东区人民政府办公室\n",
		trapWant{title: "石家庄市桥东区人民政府关于加强城市道路管理的通知", province: "河北省", city: "石家庄市", district: "桥东区", level: govsearch.LevelCounty, docType: "其他", year: 2019, date: "2019-05-06"},
	},
	{
		"a city's communiqué naming a company listed on the Shanghai exchange (在上海证券交易所挂牌上市) is not Shanghai's (a trap for meta-207)", "r135_stock_exchange.txt",
		"淮南市2002年国民经济和社会发展统计公报\n淮南市统计局\n一、综合\n初步核算,全市生产总值完成190亿元,增长10.5%。\n国瑞药业作为国药股份参股子公司,在上海证券交易所挂牌上市,实现了我市企业上市零的突破。\n",
		trapWant{title: "淮南市2002年国民经济和社会发展统计公报", province: "安徽省", city: "淮南市", level: govsearch.LevelCity, docType: "统计公报"},
	},
	{
		"a dated headline naming the report with its year and its level (2021年市政府工作报告) over the bare own title: the headline, 市 being the government's level (a review finding on meta-205)", "r133_city_report_dated.txt",
		"2021年市政府工作报告\n来源:衡水市人民政府办公室  发布时间:2021-02-05\n政府工作报告\n——2021年1月20日在衡水市第十五届人民代表大会第五次会议上\n衡水市市长 吴晓华\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议,并请市政协各位委员和其他列席人员提出意见。\n一、2020年工作回顾\n过去的一年,是极不平凡的一年。面对突如其来的新冠肺炎疫情,全市上下攻坚克难,经济社会发展取得新成效。\n",
		trapWant{title: "2021年市政府工作报告", province: "河北省", city: "衡水市", level: govsearch.LevelCity, docType: "政府工作报告", year: 2021, date: "2021-01-20"},
	},
	{
		"a session story quoting another report's year (党的十八大报告提出,2020年要实现…翻一番): no year from it (a review finding on meta-205)", "r133_party_report_quoted.txt",
		"我县第十七届人民代表大会第二次会议开幕\n1月10日上午,双峰县第十七届人民代表大会第二次会议在县人民会堂隆重开幕。县长刘建军代表县人民政府向大会作政府工作报告。\n报告回顾了过去一年的工作。报告指出,党的十八大报告提出,2020年要实现国内生产总值和城乡居民人均收入比2010年翻一番,全面建成小康社会。\n报告明确了今年工作的总体要求,地区生产总值增长11%,财政总收入增长15%。\n大会应到代表245名,实到代表236名,符合法定人数。\n",
		trapWant{title: "我县第十七届人民代表大会第二次会议开幕", province: "湖南省", city: "娄底市", district: "双峰县", level: govsearch.LevelCounty, docType: "其他"},
	},
	{
		"a report read at a session in book-title marks (在县第十七届…会议上,…向大会作《政府工作报告》) over a year's targets: that year (a review finding on meta-205)", "r133_report_read_in_marks.txt",
		"县十七届人大三次会议举行第一次全体会议\n1月8日上午,在县第十七届人民代表大会第三次会议第一次全体会议上,县长王明代表县人民政府向大会作《政府工作报告》。\n报告回顾了过去一年的工作,2019年全县经济社会发展的主要预期目标是:地区生产总值增长8%左右。\n会议还审查了计划报告和预算报告。\n",
		trapWant{title: "县十七届人大三次会议举行第一次全体会议", docType: "其他", year: 2019},
	},
	{
		"a report's explainer headline before a bar and the organ that runs the site (宁波市2024年政府工作报告解读 | 宁波市发展和改革委员会): the headline alone (a review finding on meta-205)", "r133_explainer_bar_organ.txt",
		"宁波市2024年政府工作报告解读 | 宁波市发展和改革委员会\n发布时间:2024-01-30\n1月29日,宁波市第十六届人民代表大会第四次会议开幕,市长汤飞帆作政府工作报告。报告提出今年地区生产总值增长5.5%左右。\n",
		trapWant{title: "宁波市2024年政府工作报告解读", province: "浙江省", city: "宁波市", level: govsearch.LevelCity, docType: "其他", year: 2024, date: "2024-01-30"},
	},
	{
		"a news column's name of six characters under the breadcrumb ending on it (…>乡镇街道动态 / 乡镇街道动态) is no headline (a review finding on meta-205)", "r133_crumb_news_column.txt",
		"您现在的位置:首页>新闻中心>乡镇街道动态\n乡镇街道动态\n湾桥镇召开第四届人民代表大会第三次会议\n4月9日至10日,湾桥镇召开第四届人民代表大会第三次会议,会议听取和审议了镇人民政府工作报告,安排部署2019年工作任务。\n大会应到代表56名,实到代表52名,符合法定人数。\n",
		trapWant{title: "湾桥镇召开第四届人民代表大会第三次会议", province: "云南省", city: "大理白族自治州", district: "大理市", level: govsearch.LevelCounty, docType: "其他", year: 2019},
	},
	{
		"a report on what the work report set (关于市政府工作报告提出的十件民生实事办理情况的报告) is a title, though it names the report in a clause (a review finding on meta-205)", "r133_report_on_clause.txt",
		"关于市政府工作报告提出的十件民生实事办理情况的报告\n衡水市人民政府\n主任、各位副主任、秘书长、各位委员:\n我受市人民政府委托,向市人大常委会报告2023年市政府工作报告提出的十件民生实事办理情况,请予审议。\n一、总体完成情况\n2023年,十件民生实事全部完成年度目标任务。\n",
		trapWant{title: "关于市政府工作报告提出的十件民生实事办理情况的报告", province: "河北省", city: "衡水市", level: govsearch.LevelCity, docType: "其他"},
	},
	{
		"a breadcrumb with a full-width mark (新闻中心 ＞ 本市动态) over the column's name: no part of the headline (a review finding on meta-205)", "r133_crumb_fullwidth.txt",
		"新闻中心 ＞ 本市动态\n本市动态\n刘媛主持召开座谈会听取对政府工作报告的意见建议\n1月5日,市长刘媛主持召开座谈会,听取各民主党派、工商联和无党派人士对政府工作报告征求意见稿的意见建议。\n与会人员结合各自领域,围绕经济发展、民生保障等方面提出意见建议。\n",
		trapWant{title: "刘媛主持召开座谈会听取对政府工作报告的意见建议", docType: "其他"},
	},
	{
		"a breadcrumb ending on the story's own headline (…>新闻中心>县长调研重点项目 / 县长调研重点项目 / 张三强调…): the headline stays, only a column's name under its crumb goes (a review finding on meta-204)", "r131_crumb_ends_on_headline.txt",
		"您现在的位置:首页>新闻中心>县长调研重点项目\n县长调研重点项目\n张三强调加快推进项目建设\n1月5日,县长张三深入全县重点项目建设一线调研,要求对照2023年政府工作报告确定的目标任务,加快推进项目建设。\n",
		trapWant{title: "县长调研重点项目", docType: "其他"},
	},
	{
		"a dated headline on the report that is a story's (聚焦2022年政府工作报告) over the report's bare own title: the own title stays (a review finding on meta-204)", "r131_story_headline_over_bare_title.txt",
		"聚焦2022年政府工作报告\n来源:县政府办 发布时间:2022-01-20 15:44\n政府工作报告\n——2022年1月10日在某某县第十八届人民代表大会第一次会议上\n县长 张三\n各位代表:\n现在,我代表县人民政府向大会作政府工作报告,请予审议,并请列席人员提出意见。\n",
		trapWant{title: "政府工作报告", docType: "政府工作报告", year: 2022, date: "2022-01-10"},
	},
	{
		"a report with no date telling of the session held since a day (…第一次会议于2021年12月28日召开以来): no year, the session's day is none of the report's (a review finding on meta-204)", "r131_report_session_since.txt",
		"政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见。\n一、过去一年工作回顾\n某某县第十八届人民代表大会第一次会议于2021年12月28日召开以来,在县委的坚强领导下,县政府团结带领全县人民,较好完成了全年目标任务。\n二、2023年工作安排\n",
		trapWant{title: "政府工作报告", docType: "政府工作报告"},
	},
	{
		"a session story's subheading on last year's report (2023年政府工作报告确定的目标任务全面完成) is no headline naming the year's report: no year from it (a review finding on meta-204)", "r131_subheading_last_years_report.txt",
		"大荔县第十八届人民代表大会第三次会议隆重开幕\n1月8日上午,大荔县第十八届人民代表大会第三次会议在县会议中心隆重开幕。\n县长张三代表县人民政府作工作报告。\n2023年政府工作报告确定的目标任务全面完成\n报告指出,过去一年,全县地区生产总值增长5.8%,各项事业取得新进展。\n",
		trapWant{title: "大荔县第十八届人民代表大会第三次会议隆重开幕", province: "陕西省", city: "渭南市", district: "大荔县", level: govsearch.LevelCounty, docType: "其他"},
	},
	{
		"a report's title over a dash and a day in words (政府工作报告——2019年元月10日): the day is no subtitle (a review finding on meta-204)", "r131_title_dash_day_in_words.txt",
		"政府工作报告——2019年元月10日\n发布时间:2019-01-15 10:00 来源:县政府办\n各位代表:\n现在,我代表县人民政府向大会作工作报告,请予审议,并请县政协委员和其他列席人员提出意见。\n一、2018年工作回顾\n过去的一年,全县经济运行稳中向好。\n",
		trapWant{title: "政府工作报告", docType: "政府工作报告", year: 2019, date: "2019-01-15"},
	},
	{
		"a report with no title and no date that says 今年是“十四五”规划的开局之年 under its review: no year, for it reads as a report (a review finding on meta-204)", "r131_untitled_report_this_year.txt",
		"一、过去五年工作回顾\n今年是“十四五”规划的开局之年。五年来,在市委、市政府和县委的坚强领导下,县政府团结和带领全县广大干部群众,较好地完成了县十五届人大一次会议确定的目标任务。\n过去的五年,经济运行稳中有进、持续向好。\n二、今后五年的总体思路和奋斗目标\n各位代表,今后五年是全面建成小康社会的决胜期。\n",
		trapWant{docType: "政府工作报告"},
	},
	{
		"a work report with no date that places its year in a five-year plan (今年是“十四五”规划的开局之年): no year, for a local report states its year by its date only; a story's 今年 is its own (a trap for meta-204)", "r129_report_this_year_in_plan.txt",
		"2021年某县政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n今年是“十四五”规划的开局之年,做好今年工作意义重大。\n一、2020年工作回顾\n2020年,全县经济平稳增长。\n",
		trapWant{title: "2021年某县政府工作报告", docType: "政府工作报告"},
	},
	{
		"a picture's file name over a session story's lead (大会.png) is no title; the headline over the date line is (a trap for meta-204)", "r129_picture_name_over_lead.txt",
		"大会.png\n镇江市八届人大六次会议开幕\n2021-01-19 10:20:00 来源:镇江日报\n1月19日上午,镇江市第八届人民代表大会第六次会议开幕。\n",
		trapWant{title: "镇江市八届人大六次会议开幕", province: "江苏省", city: "镇江市", level: govsearch.LevelCity, docType: "其他", year: 2021, date: "2021-01-19"},
	},
	{
		"a report's title over its meeting line after a dash (2021年政府工作报告——2021年1月10日在…会议上) keeps no part of the meeting line: a year opening a subtitle is no date only when no month follows (a guard for meta-204)", "r129_title_dash_meeting_line.txt",
		"镇江市2021年政府工作报告——2021年1月10日在镇江市第八届人民代表大会第六次会议上\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n",
		trapWant{title: "镇江市2021年政府工作报告", province: "江苏省", city: "镇江市", level: govsearch.LevelCity, docType: "政府工作报告", year: 2021, date: "2021-01-10"},
	},
	{
		"a county outlet's credit before a lead that opens on the session's full day (靖州新闻网讯(通讯员 符志民) 2023年4月12日,…开幕): that day, as after 本报讯 (a review finding on meta-199)", "r126_outlet_credit_full_day.txt",
		"靖州新闻网讯(通讯员 符志民) 2023年4月12日,靖州苗族侗族自治县第十八届人民代表大会第三次会议开幕。\n会议听取和审议了县人民政府工作报告。\n",
		trapWant{province: "湖南省", city: "怀化市", district: "靖州苗族侗族自治县", level: govsearch.LevelCounty, docType: "其他", year: 2023, date: "2023-04-12"},
	},
	{
		"a township's report under a region field whose county's name two cities share (所属地区:吉林-长春-朝阳区): the city the path names (a review finding on meta-196)", "r126_region_field_shared_name.txt",
		"2018年永春镇政府工作报告\n所属地区:吉林-长春-朝阳区\n各位代表:\n现在,我代表镇人民政府向大会报告工作,请予审议。\n一、2017年工作回顾\n2017年,全镇经济平稳增长。\n",
		trapWant{title: "2018年永春镇政府工作报告", province: "吉林省", city: "长春市", district: "朝阳区", level: govsearch.LevelCounty, docType: "政府工作报告"},
	},
	{
		"a reporter's story that opens on an outline's preface after its lead's first words (本报讯(记者 李明)近日,《…纲要》(以下简称《纲要》)是…): a story, not the outline under its name (a trap for the prefixed preface forms of meta-190 and meta-193)", "r124_story_quotes_preface.txt",
		"本报讯(记者 李明)近日,《滨海县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》(以下简称《纲要》)是全县人民共同奋斗的行动纲领。\n记者了解到,《纲要》经县十八届人大五次会议审议通过后正式印发,全文共十六篇。\n",
		trapWant{province: "江苏省", city: "盐城市", district: "滨海县", level: govsearch.LevelCounty, docType: "其他"},
	},
	{
		"a column's name before a bar and the site's portal after it (两会专题|天津市和平区人民政府门户网站) is a page's title and its site, over the story's headline (a guard for the column bar of meta-197)", "r123_column_bar_portal.txt",
		"两会专题|天津市和平区人民政府门户网站\n和平区十七届人大五次会议开幕\n2021年1月13日上午,和平区第十七届人民代表大会第五次会议开幕。区长作政府工作报告。\n",
		trapWant{title: "和平区十七届人大五次会议开幕", province: "天津市", city: "天津市", district: "和平区", level: govsearch.LevelCounty, docType: "其他", year: 2021, date: "2021-01-13"},
	},
	{
		"a news site's column name alone on its line (综合) over a reporter's story of the year's output: no communiqué, though the heading alone opens an untitled one (a trap for meta-189)", "r123_column_over_story.txt",
		"新闻中心\n综合\n本报讯(记者 李明)记者从市统计局获悉,经初步核算,2023年全市实现地区生产总值1234.5亿元,比上年增长5.6%。\n其中,第一产业增加值98.7亿元,增长3.9%。\n",
		trapWant{docType: "其他"},
	},
	{
		"a city government's office issuing a new district's plan (深圳市人民政府办公厅关于印发深圳市坪山新区…纲要的通知): the notice's place is its issuer's, the city (holdout737/f03, meta-195)", "r121_city_notice_district_plan.txt",
		"深圳市人民政府办公厅关于印发深圳市坪山新区国民经济和社会发展第十二个五年规划纲要的通知\n深府办〔2012〕18号\n各区人民政府,市政府直属各有关单位:\n《深圳市坪山新区国民经济和社会发展第十二个五年规划纲要》已经市政府同意,现予印发,请认真组织实施。\n深圳市人民政府办公厅\n2012年2月24日\n",
		trapWant{title: "深圳市人民政府办公厅关于印发深圳市坪山新区国民经济和社会发展第十二个五年规划纲要的通知", province: "广东省", city: "深圳市", level: govsearch.LevelCity, docType: "五年规划纲要", year: 2012, date: "2012-02-24"},
	},
	{
		"a district government's notice that names its place only in the report it issues (区人民政府关于印发和平区政府工作报告的通知) keeps that place (a trap for meta-195)", "r121_notice_place_in_report_name.txt",
		"区人民政府关于印发天津市和平区政府工作报告的通知\n各街道办事处,区政府各委、办、局:\n现将《天津市和平区政府工作报告》印发给你们,请认真贯彻落实。\n2021年1月21日\n",
		trapWant{title: "区人民政府关于印发天津市和平区政府工作报告的通知", province: "天津市", city: "天津市", district: "和平区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2021, date: "2021-01-21"},
	},
	{
		"a city paper's story of a county-level city's session (滨州日报/滨州网讯 … 邹平市十二届人大一次会议) is the county's, not placed in the paper's city by its credit (a trap for meta-193)", "r121_city_paper_county.txt",
		"滨州日报/滨州网讯(记者 王强)2月23日,邹平市十二届人大一次会议开幕。\n邹平市代理市长李明作政府工作报告。报告指出,今后五年,邹平将建设更高水平的现代化强市。\n",
		trapWant{province: "山东省", city: "滨州市", district: "邹平市", level: govsearch.LevelCounty, docType: "其他"},
	},
	{
		"a public account's story: its headline over the account's name and the day it posted (深圳梦 2022-06-24) is the title (holdout737/f02, meta-191)", "r121_account_day.txt",
		"查看原文\n\n重磅!都市圈再传利好!十四五规划全文发布!\n\n城区梦 2022-06-24\n\n2021年8月5日,区国民经济和社会发展第十四个五年规划纲要发布。\n城区梦先划下重点:到2025年,我区成为产业高度集聚、创新创业活跃的现代化国际化创新型城区。\n",
		trapWant{title: "重磅!都市圈再传利好!十四五规划全文发布!", docType: "其他", year: 2022, date: "2022-06-24"},
	},
	{
		"a story's subheading under its lead that names the accounts it tells of is no title, and no accounts (holdout712/f07, meta-178); its headline led by its province's short name and a colon, right over the lead, is (meta-180)", "r114_subheading.txt",
		"江西:民生支出保障有力\n江西省十二届人大常委会第五次会议对《2012年省级决算和2013年上半年预算执行情况报告》进行了审查。7月27日,会议通过批准了《江西省2012年省级决算》。\n2012年省级决算体现出财政运行总体稳健\n报告显示,省级公共财政收入108.6亿元,完成年初预算的100.2%,增长12.2%。\n",
		trapWant{title: "江西:民生支出保障有力", province: "江西省", level: govsearch.LevelProvince, docType: "其他"},
	},
	{
		"a township's name before 人民政府工作报告 after a meeting line run in (a review of meta-74)", "r26b1_.txt",
		"2022年1月10日在长安镇第十八届人民代表大会第一次会议上长安镇人民政府工作报告\n镇长 李明\n各位代表：\n现在，我代表镇人民政府，向大会报告工作，请予审议。\n一、过去五年工作回顾\n过去五年，全镇实现地区生产总值年均增长7.2%，一般公共预算收入突破3亿元。\n",
		trapWant{title: "长安镇人民政府工作报告", docType: "政府工作报告", year: 2022, date: "2022-01-10"},
	},
	{
		"a long prefecture's name before 人民政府工作报告 after a meeting line run in (a review of meta-74)", "r26b2_.txt",
		"2023年1月12日在恩施土家族苗族自治州第九届人民代表大会第二次会议上湖北省恩施土家族苗族自治州人民政府工作报告\n州长 张维国\n各位代表：\n现在，我代表州人民政府，向大会报告工作，请予审议，并请州政协委员和其他列席人员提出意见。\n一、2022年工作回顾\n全州地区生产总值增长4.6%。\n",
		trapWant{title: "湖北省恩施土家族苗族自治州人民政府工作报告", province: "湖北省", city: "恩施土家族苗族自治州", level: govsearch.LevelCity, docType: "政府工作报告", year: 2023, date: "2023-01-12"},
	},
	{
		"a township after the year (关于2023年长安镇…) keeps the heading under the listing (a review of meta-74)", "r26c1_.txt",
		"2024年东莞市长安镇政府预算公开\n关于2023年长安镇预算执行情况\n和2024年预算草案的报告\n——2024年1月10日在长安镇第十八届人民代表大会第三次会议上\n长安镇财政分局\n各位代表：\n受镇人民政府委托，现将长安镇2023年预算执行情况和2024年预算草案提请大会审议。\n一、2023年预算执行情况\n全镇一般公共预算收入完成38.2亿元。\n",
		trapWant{title: "关于2023年长安镇预算执行情况和2024年预算草案的报告", province: "广东省", city: "东莞市", level: govsearch.LevelCity, docType: "预算报告", year: 2024, date: "2024-01-10"},
	},
	{
		"a township after the city's short name (关于东莞长安镇…) keeps the heading (a review of meta-74)", "r26c2_.txt",
		"2024年东莞市长安镇政府预算公开\n关于东莞长安镇2023年预算执行情况\n和2024年预算草案的报告\n——2024年1月10日在长安镇第十八届人民代表大会第三次会议上\n长安镇财政分局\n各位代表：\n受镇人民政府委托，现将长安镇2023年预算执行情况和2024年预算草案提请大会审议。\n一、2023年预算执行情况\n全镇一般公共预算收入完成38.2亿元。\n",
		trapWant{title: "关于东莞长安镇2023年预算执行情况和2024年预算草案的报告", province: "广东省", city: "东莞市", level: govsearch.LevelCity, docType: "预算报告", year: 2024, date: "2024-01-10"},
	},
	{
		"a township after a district's short name (关于顺德北滘镇…) keeps the heading (a review of meta-74)", "r26c3_.txt",
		"2023年佛山市顺德区北滘镇政府预算公开\n关于顺德北滘镇2022年预算执行情况\n和2023年预算草案的报告\n——2023年1月12日在北滘镇第十七届人民代表大会第三次会议上\n北滘镇财政办\n各位代表：\n受镇人民政府委托，现将北滘镇2022年预算执行情况和2023年预算草案提请大会审议。\n一、2022年预算执行情况\n全镇一般公共预算收入完成25.1亿元。\n",
		trapWant{title: "关于顺德北滘镇2022年预算执行情况和2023年预算草案的报告", province: "广东省", city: "佛山市", district: "顺德区", level: govsearch.LevelCounty, docType: "预算报告", year: 2023, date: "2023-01-12"},
	},
	{
		"a plan's name broken before 执行情况报告 is joined (a review of meta-74)", "r26d2_.txt",
		"郏县2022年国民经济和社会发展计划\n执行情况报告\n——2023年1月6日在郏县第十五届人民代表大会第三次会议上\n各位代表：\n受县人民政府委托，现将郏县2022年国民经济和社会发展计划执行情况提请大会审议。\n一、2022年计划执行情况\n全县地区生产总值增长4.8%。\n",
		trapWant{title: "郏县2022年国民经济和社会发展计划执行情况报告", province: "河南省", city: "平顶山市", district: "郏县", level: govsearch.LevelCounty, docType: "国民经济和社会发展计划报告", year: 2023, date: "2023-01-06"},
	},
	{
		"a seven-character title repeated run together is kept once (a review of meta-74)", "r26f1_.txt",
		"县政府工作报告县政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n全县地区生产总值增长5.2%。\n",
		trapWant{title: "县政府工作报告", docType: "政府工作报告"},
	},
	{
		"a province's first-person preface over 初步核算，全省… is a communiqué's (a review of meta-74)", "r26g1_.txt",
		"2023年全省经济运行情况\n2023年，面对复杂严峻的外部环境，我们坚持稳中求进工作总基调，全省经济回升向好。\n一、综 合\n初步核算，全省地区生产总值3799.1亿元，按不变价格计算，比上年增长5.3%。\n二、农业\n全年粮食总产量107.3万吨。\n",
		trapWant{docType: "统计公报"},
	},
	{
		"a preface over 初步核算，2023年全县… is a communiqué's (a review of meta-74)", "r26g2_.txt",
		"2023年全县经济运行情况\n一年来，我们坚持以习近平新时代中国特色社会主义思想为指导，全县经济运行稳中向好。\n一、综 合\n初步核算，2023年全县实现地区生产总值186.3亿元，比上年增长6.1%。\n二、农业\n全年粮食总产量21.6万吨。\n",
		trapWant{docType: "统计公报"},
	},
	{
		"a league's preface over 初步核算，全盟… is a communiqué's (a review of meta-74)", "r26g3_.txt",
		"2023年全盟经济运行情况\n一年来，我们坚持稳中求进工作总基调，全盟经济运行总体平稳。\n一、综 合\n初步核算，全盟地区生产总值1096.6亿元，比上年增长7.2%。\n二、农牧业\n全年粮食总产量61.3万吨。\n",
		trapWant{province: "内蒙古自治区", level: govsearch.LevelCity, docType: "统计公报"},
	},
	{
		"a county organ's credit code places a text that speaks as a county and names no place (a review of meta-74)", "r26h1_.txt",
		"索引号：11610328016002871B/2023-00012\n发布机构：县人民政府办公室\n发布日期：2023-01-20\n2023年政府工作报告\n——2023年1月12日在县第十八届人民代表大会第二次会议上\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2022年工作回顾\n过去一年，全县实现地区生产总值98.3亿元，增长5.1%。\n",
		trapWant{title: "2023年政府工作报告", province: "陕西省", city: "宝鸡市", district: "千阳县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2023, date: "2023-01-12"},
	},
	{
		"a district organ's credit code places a text that speaks as a district (a review of meta-74)", "r26h2_.txt",
		"信息索引号：11330106002502047R/2024-1010398019\n发布日期：2024-01-25\n政府工作报告\n各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。\n一、2023年工作回顾\n过去一年，全区实现地区生产总值1703亿元，增长6.2%。\n",
		trapWant{title: "政府工作报告", province: "浙江省", city: "杭州市", district: "西湖区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2024, date: "2024-01-25"},
	},
	{
		"a district helping another place carry out 省、市部署 does not answer to a province (a review of meta-74)", "r26i1_.txt",
		"和平区2023年政府工作报告\n各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。\n一、2022年工作回顾\n过去一年，全区地区生产总值增长3.2%。\n深化东西部协作，帮助甘南州各县落实省、市部署，区政府先后组织12批次企业赴当地考察。\n",
		trapWant{title: "和平区2023年政府工作报告", district: "和平区", level: govsearch.LevelCounty, docType: "政府工作报告"},
	},
	{
		"本届政府的五年 is the government's own term (a review of meta-74)", "r26j2_.txt",
		"略阳县\n过去五年工作回顾\n本届政府的五年，是略阳发展极不平凡的五年。全县地区生产总值由56亿元增加到88亿元。\n2023年工作安排\n全县地区生产总值增长6%以上。\n",
		trapWant{province: "陕西省", city: "汉中市", district: "略阳县", level: govsearch.LevelCounty, docType: "政府工作报告"},
	},
	{
		"a committee's review that reports the government's later action (县政府在规定时限内…) is no work report (a review of meta-74)", "r26k1_.txt",
		"县人大常委会2023年工作总结\n2023年工作回顾\n一年来，县人大常委会在县委的坚强领导下，依法履行监督职责。\n听取和审议县政府关于审计查出问题整改情况的报告，督促整改。县政府在规定时限内报告了整改结果。\n组织代表视察重点项目12个。\n",
		trapWant{title: "县人大常委会2023年工作总结", docType: "其他"},
	},
	{
		"a related item's upload date gives way to the page's 发布时间 (a review of meta-74)", "r26m3_.txt",
		"相关文件\n- 2019-03-12 发布 |\n彬州市2023年政府工作报告\n发布时间：2023-02-10\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2022年工作回顾\n全市地区生产总值增长6.3%。\n",
		trapWant{title: "彬州市2023年政府工作报告", province: "陕西省", city: "咸阳市", district: "彬州市", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2023, date: "2023-02-10"},
	},
	{
		"a prefecture's own committee (甘南州委) wins over a neighbour it serves (服务临夏经济社会发展) (a review of meta-74)", "r26n1_.txt",
		"2023年政府工作报告\n各位代表：\n现在，我代表州人民政府，向大会报告工作，请予审议，并请州政协委员和其他列席人员提出意见。\n一、2022年工作回顾\n过去一年，全州地区生产总值增长4.5%。\n推进兰西城市群建设，主动服务临夏经济社会发展，共建临合高速沿线产业带。\n甘南州委、州政府团结带领全州各族干部群众，攻坚克难。\n",
		trapWant{title: "2023年政府工作报告", province: "甘肃省", city: "甘南藏族自治州", level: govsearch.LevelCity, docType: "政府工作报告"},
	},
	{
		"a neighbour learnt from (学习借鉴海西城乡融合发展的经验) is not the prefecture's own (a review of meta-74)", "r26n2_.txt",
		"2023年政府工作报告\n各位代表：\n现在，我代表州人民政府，向大会报告工作，请予审议，并请州政协委员和其他列席人员提出意见。\n一、2022年工作回顾\n过去一年，全州地区生产总值增长4.2%。\n我们学习借鉴海西城乡融合发展的经验，全州城镇化率提高1.2个百分点。\n全州各族人民团结奋斗，各项事业取得新进展。\n",
		trapWant{title: "2023年政府工作报告", docType: "政府工作报告"},
	},
	{
		"a prefecture's own committee (果洛州委) wins over a neighbour's people it supports (a review of meta-74)", "r26n3_.txt",
		"政府工作报告\n各位代表：\n现在，我代表州人民政府，向大会报告工作，请予审议。\n一、2022年工作回顾\n过去一年，全州地区生产总值增长5.0%。\n持续支援玉树人民恢复重建，选派干部42名。\n果洛州委坚强领导，全州经济社会保持稳定。\n",
		trapWant{title: "政府工作报告", province: "青海省", city: "果洛藏族自治州", level: govsearch.LevelCity, docType: "政府工作报告"},
	},
	{
		"和谐 after 保持 is no slogan on a place (社会大局保持和谐安宁 names no 安宁市; a review of meta-72)", "r24r6g.txt",
		"各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n过去一年，我们统筹发展和安全，全市社会大局保持和谐安宁，人民群众获得感、幸福感、安全感持续增强。\n（1）着力稳定经济运行，全年固定资产投资增长1.5%，社会消费品零售总额增长1.2%。\n（2）着力稳定经济运行，全年固定资产投资增长2.5%，社会消费品零售总额增长2.2%。\n（3）着力稳定经济运行，全年固定资产投资增长3.5%，社会消费品零售总额增长3.2%。\n（4）着力稳定经济运行，全年固定资产投资增长4.5%，社会消费品零售总额增长4.2%。\n（5）着力稳定经济运行，全年固定资产投资增长5.5%，社会消费品零售总额增长5.2%。\n（6）着力稳定经济运行，全年固定资产投资增长6.5%，社会消费品零售总额增长6.2%。\n（7）着力稳定经济运行，全年固定资产投资增长7.5%，社会消费品零售总额增长7.2%。\n（8）着力稳定经济运行，全年固定资产投资增长8.5%，社会消费品零售总额增长8.2%。\n（9）着力稳定经济运行，全年固定资产投资增长9.5%，社会消费品零售总额增长9.2%。\n（10）着力稳定经济运行，全年固定资产投资增长10.5%，社会消费品零售总额增长10.2%。\n（11）着力稳定经济运行，全年固定资产投资增长11.5%，社会消费品零售总额增长11.2%。\n（12）着力稳定经济运行，全年固定资产投资增长12.5%，社会消费品零售总额增长12.2%。\n曲靖市地区生产总值增长5.1%。\n",
		trapWant{title: "政府工作报告", province: "云南省", city: "曲靖市", level: govsearch.LevelCity, docType: "政府工作报告"},
	},
	{
		"a shared document's panel: its upload date (- 2021-04-20 发布 |) dates the page, its size and pages are furniture", "ms.txt",
		"- 2021-04-20 发布 |\n- 37.5 KB |\n- 18页\n申明敬告: 本站不保证该用户上传的文档完整性,不预览、不比对内容而直接下载产生的反悔问题本站不予受理。\n文档介绍\n2021眉山市政府工作报告\n各位代表: 我代表市人民政府,向大会报告工作,请予审查,并请政协委员提出意见。 20xx 年工作回顾 20xx 年,是眉山经济社会发展极其艰难和极具挑战的一年。\n",
		trapWant{title: "2021眉山市政府工作报告", province: "四川省", city: "眉山市", level: govsearch.LevelCity, docType: "政府工作报告", year: 2021, date: "2021-04-20"},
	},
	{
		"a prefecture's short name before a word that makes it its own (是海西经济社会发展…的一年)", "hx.txt",
		"各位代表:\n现在,我代表州人民政府向大会报告工作,请予审议,并请州政协委员和列席人员提出意见。\n一、2019年工作回顾\n过去一年,是海西经济社会发展极为艰难、极不平凡的一年。在省委省政府和州委的坚强领导下,我们坚持稳中求进工作总基调。\n",
		trapWant{title: "政府工作报告", province: "青海省", city: "海西蒙古族藏族自治州", level: govsearch.LevelCity, docType: "政府工作报告"},
	},
	{
		"a wiki's section heading 工作报告 over the meeting line is no title; the entry's name is", "ls.txt",
		"丽水市2007年政府工作报告\n《丽水市2007年政府工作报告》是丽水市政府在2007年年初所做的政府工作规划性报告\n基本介绍\n  • 中文名:丽水市2007年政府工作报告\n  • 发文单位:丽水市\n工作报告,工作回顾,总体要求,工作举措,\n工作报告\n2007年1月20日在丽水市第二届人民代表大会第二次会议上\n丽水市代市长 陈荣高\n各位代表:\n现在,我代表市人民政府向大会作政府工作报告,请予审议。\n",
		trapWant{title: "丽水市2007年政府工作报告", province: "浙江省", city: "丽水市", level: govsearch.LevelCity, docType: "政府工作报告", year: 2007, date: "2007-01-20"},
	},
	{
		"a meeting line in brackets run in before the title ((2022年2月11日在建德市…会议上)政府工作报告)", "jd.txt",
		"(2022年2月11日在建德市第十七届人民代表大会第一次会议上)政府工作报告\n建德市人民政府市长 童定干\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n一、过去五年工作回顾\n全市经济稳步增长。\n",
		trapWant{title: "政府工作报告", province: "浙江省", city: "杭州市", district: "建德市", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2022, date: "2022-02-11"},
	},
	{
		"a work report named with the year after the government (黄岛区政府2012年工作报告)", "hdq2.txt",
		"第一篇:黄岛区政府2012年工作报告\n黄岛区政府2012年工作报告\n(青岛市黄岛区第十届人民代表大会第一次会议审议通过)\n一、本届政府工作回顾\n区九届人大一次会议以来,在市委、市政府和工委(区委)的坚强领导下,我们紧紧依靠全区人民,经济社会发展取得了可喜成就。\n",
		trapWant{title: "黄岛区政府2012年工作报告", province: "山东省", city: "青岛市", district: "黄岛区", level: govsearch.LevelCounty, docType: "政府工作报告"},
	},
	{
		"a spammer's words after a report's full name and a dash (…政府工作报告-棋牌娱乐平台充钱的)", "sp2.txt",
		"2015年青岛市黄岛区政府工作报告-棋牌娱乐平台充钱的\n收藏\n2015年青岛市黄岛区政府工作报告\n青岛西海岸新区政务网 发布日期 : 2015-01-26\n  ——2015年1月20日在青岛市黄岛区第一届人民代表大会第三次会议上\n  青岛市黄岛区区长  万建忠\n各位代表:\n  现在,我代表区人民政府向大会报告工作,请予审议。\n",
		trapWant{title: "2015年青岛市黄岛区政府工作报告", province: "山东省", city: "青岛市", district: "黄岛区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2015, date: "2015-01-20"},
	},
	{
		"a title with its year in Chinese numerals under a lone label 信息名称： is the title (a review of meta-73)", "r25a4_.txt",
		"您当前的位置：首页 > 政府信息公开 > 规划计划\n信息名称：\n江山市二〇二三年国民经济和社会发展计划执行情况与二〇二四年国民经济和社会发展计划草案\n发布机构：\n江山市发展和改革局\n各位代表：\n受市人民政府委托，现将江山市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案提请大会审议，并请市政协委员和其他列席人员提出意见。\n一、2023年国民经济和社会发展计划执行情况\n2023年，全市实现地区生产总值420.6亿元，增长6.8%。\n",
		trapWant{title: "江山市二〇二三年国民经济和社会发展计划执行情况与二〇二四年国民经济和社会发展计划草案", province: "浙江省", city: "衢州市", district: "江山市", level: govsearch.LevelCounty, docType: "国民经济和社会发展计划报告"},
	},
	{
		"a plan's title under a lone bracketed label [ 标题 ] is the title (a review of meta-73)", "r25a5_.txt",
		"  • [ 索引号 ]\n  • 001008003002017/2021-00012\n  • [ 标题 ]\n  • 青田县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）\n  • [ 有效性 ]\n  • 有效\n根据《中共青田县委关于制定青田县国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制，主要阐明全县发展战略意图，明确政府工作重点，引导市场主体行为。\n第一章 发展基础和发展环境\n“十三五”时期，全县地区生产总值年均增长6.5%。\n",
		trapWant{title: "青田县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）", province: "浙江省", city: "丽水市", district: "青田县", level: govsearch.LevelCounty, docType: "五年规划纲要"},
	},
	{
		"a news headline after a meeting line (…会议上区长张伟作政府工作报告) keeps its words (a review of meta-73)", "r25b3_.txt",
		"2024年1月9日在区第三届人民代表大会第四次会议上区长张伟作政府工作报告\n来源：区融媒体中心 2024-01-09 18:20\n1月9日上午，区第三届人民代表大会第四次会议隆重开幕。区长张伟代表区人民政府作政府工作报告。\n报告回顾了2023年工作，提出了2024年经济社会发展的主要目标。\n报告指出，过去一年，全区地区生产总值增长6.5%，一般公共预算收入增长8.2%。\n",
		trapWant{title: "2024年1月9日在区第三届人民代表大会第四次会议上区长张伟作政府工作报告", docType: "其他", year: 2024, date: "2024-01-09"},
	},
	{
		"城乡 after a year is no township: a heading that leaves out the county does not replace the headline (a review of meta-73)", "r25d1_.txt",
		"关于临安区2023年城乡居民基本医疗保险基金决算草案的报告\n关于2023年城乡居民基本医疗保险\n基金决算草案的报告\n——2024年6月26日在临安区第二届人民代表大会常务委员会第十九次会议上\n区医疗保障局局长 陈立\n主任、各位副主任、各位委员：\n受区人民政府委托，我向区人大常委会报告2023年城乡居民基本医疗保险基金决算草案，请予审议。\n一、基金决算情况\n2023年城乡居民基本医疗保险基金收入5.2亿元。\n",
		trapWant{title: "关于临安区2023年城乡居民基本医疗保险基金决算草案的报告", province: "浙江省", city: "杭州市", district: "临安区", level: govsearch.LevelCounty, docType: "预算报告", year: 2024, date: "2024-06-26"},
	},
	{
		"城镇 after a year is no township either (a review of meta-73)", "r25d2_.txt",
		"关于常山县2023年城镇职工基本医疗保险基金预算执行情况的报告\n关于2023年城镇职工基本医疗保险\n基金预算执行情况的报告\n——2024年1月12日在常山县第十七届人民代表大会第四次会议上\n县医疗保障局局长 周敏\n各位代表：\n受县人民政府委托，现将2023年城镇职工基本医疗保险基金预算执行情况报告如下，请予审议。\n一、基金预算执行情况\n基金收入3.1亿元，完成预算的103%。\n",
		trapWant{title: "关于常山县2023年城镇职工基本医疗保险基金预算执行情况的报告", province: "浙江省", city: "衢州市", district: "常山县", level: govsearch.LevelCounty, docType: "预算报告", year: 2024, date: "2024-01-12"},
	},
	{
		"a plan's title over a table's column 执行情况 is not joined with it (a review of meta-73)", "r25f1_.txt",
		"2024年度政府信息公开工作计划\n执行情况\n序号 工作任务 责任科室 完成时限\n1 做好政府信息主动公开工作 办公室 全年\n2 规范依申请公开办理 法规科 全年\n为深入贯彻《中华人民共和国政府信息公开条例》，进一步提升政务公开质量，结合本局实际，制定本计划。\n",
		trapWant{title: "2024年度政府信息公开工作计划", docType: "其他"},
	},
	{
		"a source's date (来源：2019-01-20 宝鸡日报) gives way to the page's publication line (a review of meta-73)", "r25g1_.txt",
		"宝鸡市政府工作报告\n来源：2019-01-20 宝鸡日报\n发布时间：2019-04-12 | 浏览次数：356\n各位代表：\n现在，我代表市人民政府向大会作工作报告，请予审议，并请市政协委员和其他列席人员提出意见。\n一、2018年工作回顾\n过去一年，全市实现地区生产总值2265.16亿元，增长7.2%。\n",
		trapWant{title: "宝鸡市政府工作报告", province: "陕西省", city: "宝鸡市", level: govsearch.LevelCity, docType: "政府工作报告", year: 2019, date: "2019-04-12"},
	},
	{
		"a source's date gives way to the page's 发布日期 on the same line (a review of meta-73)", "r25g2_.txt",
		"2023年全县国民经济和社会发展统计公报\n来源：2023-12-29 县统计局 发布日期：2024-03-15\n2023年，全县上下坚持以习近平新时代中国特色社会主义思想为指导，经济运行稳中向好。\n一、综 合\n初步核算，全县实现地区生产总值186.3亿元，比上年增长6.1%。\n",
		trapWant{title: "2023年全县国民经济和社会发展统计公报", docType: "统计公报", year: 2024, date: "2024-03-15"},
	},
	{
		"a short name repeated (政府工作报告政府工作报告) is not halved into a title that lets a list of links in (a review of meta-73)", "r25h1_.txt",
		"政府工作报告政府工作报告\n2023年政府工作报告 2024年政府工作报告 2025年政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2024年工作回顾\n全县地区生产总值增长5.9%。\n",
		trapWant{title: "政府工作报告政府工作报告", docType: "政府工作报告"},
	},
	{
		"a quarter's analysis in the first person over 一、综 合 / 初步核算，一季度 is no communiqué (a review of meta-73)", "r25i1_.txt",
		"今年以来，我们坚持稳中求进工作总基调，在县委县政府的正确领导下，全县经济运行开局平稳。\n一、综 合\n初步核算，一季度全县实现地区生产总值45.62亿元，同比增长6.3%。\n二、存在的问题\n工业投资增速放缓，部分企业订单不足。\n三、下一步工作建议\n我们将密切跟踪重点企业运行，加强经济运行监测分析，为县委县政府决策提供参考。\n",
		trapWant{docType: "其他"},
	},
	{
		"a briefing (向大家通报) over 一、综 合 / 初步核算，全年 is no communiqué (a review of meta-73)", "r25i2_.txt",
		"下面，我向大家通报2023年全市经济运行情况。\n一、综 合\n初步核算，全年全市实现地区生产总值2860.5亿元，按不变价格计算，比上年增长6.0%。\n……\n以上是2023年全市经济运行的基本情况。下面，我和我的同事们愿意回答大家的提问。\n问：今年经济增速较去年有所回升，我们如何看待全年走势？\n答：总体看，全市经济回升向好。\n",
		trapWant{docType: "其他"},
	},
	{
		"a city bureau's credit code in the index number does not place a county's report it reposts (a review of meta-73)", "r25j1_.txt",
		"丽水市发展和改革委员会\n索引号：11331100002600183W/2024-00123\n发布日期：2024-01-22\n政府工作报告\n——2024年1月10日在县第十八届人民代表大会第四次会议上\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n过去一年，全县上下深入实施“生态立县、工业强县”战略，奋力建设美丽遂昌、幸福遂昌。\n全县实现地区生产总值172.5亿元，增长7.1%。遂昌人民的获得感持续增强。\n",
		trapWant{title: "政府工作报告", province: "浙江省", city: "丽水市", district: "遂昌县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2024, date: "2024-01-10"},
	},
	{
		"a provincial bureau's credit code does not place a county's report it reposts (a review of meta-73)", "r25j2_.txt",
		"浙江省发展和改革委员会\n索引号：11330000002482016X/2024-00518\n发布日期：2024-02-05\n山区26县动态\n政府工作报告\n——2024年1月12日在县第十七届人民代表大会第四次会议上\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n全县上下坚定不移推进“生态立县”，全力打造美丽庆元、幸福庆元。\n庆元人民的获得感、幸福感持续提升，全县地区生产总值增长6.8%。\n",
		trapWant{title: "政府工作报告", province: "浙江省", city: "丽水市", district: "庆元县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2024, date: "2024-01-12"},
	},
	{
		"区政府 as the subject of the sentence naming 中央和省、市 places a shared district name in its province (a review of meta-73)", "r25l1_.txt",
		"政府工作报告\n——2024年1月15日在河东区第十九届人民代表大会第三次会议上\n各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n过去一年，区政府深入贯彻中央和省、市决策部署，坚持稳中求进工作总基调，经济社会发展取得新成效。\n全区实现地区生产总值386亿元，增长6.4%。河东人民的获得感持续增强。\n",
		trapWant{title: "政府工作报告", province: "山东省", city: "临沂市", district: "河东区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2024, date: "2024-01-15"},
	},
	{
		"a CPPCC report that advises 本届政府 is no work report (a review of meta-73)", "r25l3_.txt",
		"各位委员：\n现在，我代表政协第十届县委员会常务委员会，向大会报告工作，请予审议。\n过去五年工作回顾\n五年来，县政协围绕县委中心工作，积极为本届政府科学决策建言献策，共提交提案856件，立案780件。\n全县地区生产总值由五年前的120亿元增加到176亿元。\n",
		trapWant{docType: "其他"},
	},
	{
		"a review without 一、 whose first sentence has the government as its subject is a work report (a review of meta-73)", "r25l4_.txt",
		"2023年工作回顾\n过去一年，县政府在市委、市政府和县委的坚强领导下，在县人大、县政协的监督支持下，团结带领全县人民，攻坚克难，经济社会保持良好发展态势。\n全县实现地区生产总值208亿元，增长6.7%；一般公共预算收入14.3亿元，增长8.1%。\n",
		trapWant{docType: "政府工作报告"},
	},
	{
		"a speech's heading that ends with 会议上 stays its title (a review of meta-72)", "rv1.txt",
		"在全县2024年经济工作会议上\n同志们：\n这次全县经济工作会议的主要任务是，深入贯彻落实中央、省、市经济工作会议精神，总结2023年经济工作，分析当前经济形势，安排部署2024年经济工作。\n一、2023年经济工作回顾\n2023年，全县地区生产总值增长6.2%，一般公共预算收入完成12.3亿元。\n",
		trapWant{title: "在全县2024年经济工作会议上", docType: "其他"},
	},
	{
		"another city's history (学习借鉴深圳发展历程中) names no own place (a review of meta-72)", "rv4.txt",
		"各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n过去一年，我们深度对接深圳，学习借鉴深圳发展历程中的改革经验，深汕合作不断深化。\n（1）着力稳定经济运行，全年固定资产投资增长1.5%，社会消费品零售总额增长1.2%。\n（2）着力稳定经济运行，全年固定资产投资增长2.5%，社会消费品零售总额增长2.2%。\n（3）着力稳定经济运行，全年固定资产投资增长3.5%，社会消费品零售总额增长3.2%。\n（4）着力稳定经济运行，全年固定资产投资增长4.5%，社会消费品零售总额增长4.2%。\n（5）着力稳定经济运行，全年固定资产投资增长5.5%，社会消费品零售总额增长5.2%。\n（6）着力稳定经济运行，全年固定资产投资增长6.5%，社会消费品零售总额增长6.2%。\n（7）着力稳定经济运行，全年固定资产投资增长7.5%，社会消费品零售总额增长7.2%。\n（8）着力稳定经济运行，全年固定资产投资增长8.5%，社会消费品零售总额增长8.2%。\n（9）着力稳定经济运行，全年固定资产投资增长9.5%，社会消费品零售总额增长9.2%。\n（10）着力稳定经济运行，全年固定资产投资增长10.5%，社会消费品零售总额增长10.2%。\n（11）着力稳定经济运行，全年固定资产投资增长11.5%，社会消费品零售总额增长11.2%。\n（12）着力稳定经济运行，全年固定资产投资增长12.5%，社会消费品零售总额增长12.2%。\n汕尾市地区生产总值增长6.1%。\n",
		trapWant{title: "政府工作报告", province: "广东省", city: "汕尾市", level: govsearch.LevelCity, docType: "政府工作报告"},
	},
	{
		"a county the text aids, named in full, is not its own (a review of meta-72)", "rv5.txt",
		"各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n东西部协作扎实推进，全年向结对帮扶从江县投入财政援助资金3000万元，组织企业赴从江县开展劳务协作。\n全县地区生产总值增长6.5%。\n",
		trapWant{title: "政府工作报告", docType: "政府工作报告"},
	},
	{
		"和谐 before a common word (和谐安居工程) is no slogan on a place (a review of meta-72)", "rv6.txt",
		"2023年街道工作总结\n今年以来，街道党工委、办事处在区委、区政府的坚强领导下，大力实施和谐安居工程，完成老旧小区改造12个。\n全街道社会大局和谐稳定，群众安全感持续提升。\n",
		trapWant{title: "2023年街道工作总结", docType: "其他"},
	},
	{
		"a congress committee's review that oversees the government is no work report (a review of meta-72)", "rv6d.txt",
		"2023年主要工作回顾\n过去一年，县人大常委会在县委的坚强领导下，依法履行监督职责，支持和督促县政府在稳增长、促改革、惠民生上下功夫。\n常委会全年召开会议8次，听取审议专项工作报告21项。\n",
		trapWant{docType: "其他"},
	},
	{
		"an audit of a final account's execution is no budget report (a review of meta-72)", "rv7.txt",
		"一、2022年度区本级决算执行情况审计\n区财政局组织区本级决算草案编制，决算草案反映全年收入完成28.6亿元。审计发现，部分项目资金未及时拨付。\n二、部门预算执行审计情况\n",
		trapWant{docType: "其他"},
	},
	{
		"a partner's chain of superiors (协助其落实中央和省、市决策部署) does not move a municipality's district (a review of meta-72)", "rv8.txt",
		"和平区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案\n一、2023年国民经济和社会发展计划执行情况\n2023年，全区上下深入贯彻中央和市委决策部署，对口帮扶甘肃省镇原县，协助其落实中央和省、市决策部署，巩固拓展脱贫攻坚成果。\n全区地区生产总值增长5.1%。\n",
		trapWant{title: "和平区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案", district: "和平区", level: govsearch.LevelCounty, docType: "国民经济和社会发展计划报告"},
	},
	{
		"a county's slogan on the district it later became names the county it was (美丽徐水 in 2014)", "rv10.txt",
		"政府工作报告\n2014年1月8日\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2013年工作回顾\n全县上下围绕建设经济强县、美丽徐水，深入推进项目建设。全县人民和在徐水创业的投资者共同努力。\n",
		trapWant{title: "政府工作报告", province: "河北省", city: "保定市", district: "徐水县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2014, date: "2014-01-08"},
	},
	{
		"the government presenting a budget adjustment to its standing committee (我代表…人民政府，向…会议报告…预算调整的报告)", "bt.txt",
		"主任、各位副主任,各位委员:\n我代表自治县人民政府,向自治县第八届人大常委会第四十五次会议报告2016年1至8月预算调整的报告(草案),请予审查。\n一、调整事项\n截至8月末,预算执行过程中有二项需报县人大常委会批准的收支调整事项。\n",
		trapWant{docType: "预算报告"},
	},
	{
		"a plan report's name broken before 执行情况, written with 、 (国民经济、社会发展计划)", "tn.txt",
		"您当前的位置:首页 > 内容\n开发区管委会、各街道办事处,区各办局:\n《常州市天宁区2013年国民经济、社会发展计划执行情况与2014年国民经济、社会发展计划》已经区第十五届人民代表大会第三次会议审议通过,现印发给你们,请认真贯彻落实。\n常州市天宁区人民政府\n2014年2月24日\n常州市天宁区2013年国民经济、社会发展计划\n执行情况与2014年国民经济、社会发展计划\n一、2013年计划执行情况\n全区经济平稳增长。\n",
		trapWant{title: "常州市天宁区2013年国民经济、社会发展计划执行情况与2014年国民经济、社会发展计划", province: "江苏省", city: "常州市", district: "天宁区", level: govsearch.LevelCounty, docType: "国民经济和社会发展计划报告", year: 2014, date: "2014-02-24"},
	},
	{
		"an information list with labels glued to their values (• 内容分类规划计划, • 成文日期2024-06-09)", "wh.txt",
		"2023-11-05 11:00:00 星期日\n关怀版\n  • 索引号11371000004359264F/2024-01525\n  • 公开方式主动公开\n  • 发布机构威海经济技术开发区经济发展局\n  • 内容分类规划计划\n  • 成文日期2024-06-09\n  • 有效性/截止日期有效\n\n威海经济技术开发区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划\n\n一、2023年国民经济和社会发展计划执行情况\n\n2023年,在区党工委的坚强领导下,全区经济平稳增长。\n",
		trapWant{title: "威海经济技术开发区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划", province: "山东省", city: "威海市", district: "威海经济技术开发区", level: govsearch.LevelCounty, docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-06-09"},
	},
	{
		"a headline and its title run together on a page that lost its line breaks (北京市政府工作报告 北京市政府工作报告)", "bj.txt",
		"北京市政府工作报告 北京市政府工作报告 各位代表,现在,我代表北京市人民政府,向大会报告政府工作,请予审议,并请市政协各位委员提出意见。 一、过去一年工作回顾。过去一年是首都发展很不平凡的一年。\n",
		trapWant{title: "北京市政府工作报告", province: "北京市", level: govsearch.LevelProvince, docType: "政府工作报告"},
	},
	{
		"a communiqué's preface in the first person over its first part (一、综 合 / 初步测算)", "cp.txt",
		"2021年是“十四五”开局之年。一年来,我们坚持以习近平新时代中国特色社会主义思想为指导,在县委县政府的正确领导下,实现了“十四五”良好开局。\n一、综 合\n初步测算,全县实现地区生产总值176.19亿元,增长8.6%。\n",
		trapWant{docType: "统计公报"},
	},
	{
		"a date in the place of the page's source (来源:2019-04-12)", "bjz.txt",
		"来源:2019-04-12 | 人围观\n现在,我代表市人民政府向大会作工作报告,请予审议,并请市政协委员和其他列席人员提出意见。\n2018年工作回顾\n过去一年,市政府紧紧围绕宝鸡“四城”建设目标,较好完成了市十五届人大三次会议确定的各项目标任务。\n",
		trapWant{title: "政府工作报告", docType: "政府工作报告", year: 2019, date: "2019-04-12"},
	},
	{
		"an index number that opens with the organ's credit code decides a district name two cities share (11330106…: 杭州 西湖区)", "xh.txt",
		"信息索引号: 11330106002502047R/2025-1010398019 文号:\n公布日期: 2025-09-15 公开方式: 主动公开\n关于2024年西湖区本级财政决算和2025年上半年财政预算执行情况的报告\n主任、各位副主任,各位委员:\n受区政府委托,我向第十六届人大常委会第三十一次会议报告2024年西湖区本级财政决算草案和2025年上半年财政预算执行情况,请予审议。\n一、2024年西湖区财政决算情况\n",
		trapWant{title: "关于2024年西湖区本级财政决算和2025年上半年财政预算执行情况的报告", province: "浙江省", city: "杭州市", district: "西湖区", level: govsearch.LevelCounty, docType: "预算报告", year: 2025, date: "2025-09-15"},
	},
	{
		"a newspaper edition's list of headlines (本版标题导航) is furniture", "rm.txt",
		"第B10版:要闻 上一版3  4下一版\n      本版标题导航\n李克强总理政府工作报告①\n     [ 设为首页 ] | | [ 返回主页 ] |\n李克强总理政府工作报告\n——2022年3月5日在第十三届全国人民代表大会第五次会议上\n国务院总理 李克强\n各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n",
		trapWant{title: "政府工作报告", level: govsearch.LevelNational, docType: "政府工作报告", year: 2022, date: "2022-03-05"},
	},
	{
		"a review without its number (2011年工作回顾) under the mayor who reads it", "xc.txt",
		"2012年1月11日在宣城市第三届人民代表大会第二次会议上\n市人民政府市长 虞爱华\n2011年工作回顾\n2011年,全市人民在市委的坚强领导下,坚持在发展中谋转型,全市经济社会发展取得新成绩。\n",
		trapWant{province: "安徽省", city: "宣城市", level: govsearch.LevelCity, docType: "政府工作报告", year: 2012, date: "2012-01-11"},
	},
	{
		"an information table's cells one to a line: the value under 体裁分类 is no title; the headline under an empty label is", "wx.txt",
		"您当前的位置:首页>政务公开>预算/决算>政府预算\n  • [ 索引号 ]\n  • 11500238709450498T/2023-00005\n  • [ 发布机构 ]\n  • 巫溪县财政局\n  • [ 成文日期 ]\n  • 2023-01-12\n  • [ 体裁分类 ]\n  • 财政预算、决算\n  • [ 有效性 ]\n巫溪县2022年预算执行及2023年预算公开的说明\n日期:2023-01-12\n巫溪县2022年预算执行及2023年财政预算情况经县第十八届人民代表大会第二次会议通过,现将有关情况予以说明。\n一、2022年预算执行情况\n全县一般公共预算收入完成12亿元。\n",
		trapWant{title: "巫溪县2022年预算执行及2023年预算公开的说明", province: "重庆市", city: "重庆市", district: "巫溪县", level: govsearch.LevelCounty, docType: "预算报告", year: 2023, date: "2023-01-12"},
	},
	{
		"a meeting line run in before the title (…会议上政府工作报告)", "lj.txt",
		"2016年12月14日在区第五届人民代表大会第一次会议上政府工作报告\n时间:2016-12-15 11:34 浏览量:1\n区人民政府区长  苏汉庭\n各位代表:\n现在,我代表洛江区人民政府,向大会报告政府工作,请予审议。\n一、过去五年及2016年政府工作回顾\n全区经济持续增长。\n",
		trapWant{title: "政府工作报告", province: "福建省", city: "泉州市", district: "洛江区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2016, date: "2016-12-14"},
	},
	{
		"the report's bare name over its meeting line under a headline with the year inside (区政府2013年度工作报告)", "yy.txt",
		"区政府2013年度工作报告\n来源:区政府经研室   2014-02-18 00:00\n政 府 工 作 报 告\n2013年12月20日在岳阳楼区第四届人民代表大会第二次会议上\n岳阳楼区人民政府代区长    黄伟雄\n各位代表:\n下面,我代表区人民政府向大会报告工作,请予审议。\n二〇一三年工作回顾\n全区经济稳步增长。\n",
		trapWant{title: "政府工作报告", province: "湖南省", city: "岳阳市", district: "岳阳楼区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2013, date: "2013-12-20"},
	},
	{
		"a town's report under the city's cover: the heading names the town the cover names", "ca.txt",
		"2024 年东莞市长安镇 政府预算公开\n目 录\n第一部分 预算报告\n第二部分 预算草案报表\n第一部分 预算报告\n镇十八届人大六次会议文件(四)\n关于长安镇2023年预算执行情况和\n2024年预算草案的报告\n——2024年2月27日在长安镇第十八届\n人民代表大会第六次会议上\n东莞市财政局长安分局局长 孙茂和\n各位代表:\n受镇人民政府委托,我向大会提出长安镇2023年预算执行情况和2024年预算草案报告,请代表们审议。\n一、2023年预算执行情况\n全镇一般公共预算收入完成。\n",
		trapWant{title: "关于长安镇2023年预算执行情况和2024年预算草案的报告", province: "广东省", city: "东莞市", level: govsearch.LevelCity, docType: "预算报告", year: 2024, date: "2024-02-27"},
	},
	{
		"a headline with the places above over the report's 关于 line and its bracketed meeting line", "rf2.txt",
		"(江西省)抚州市黎川县日峰镇2020年财政决算情况的报告(书面)\n关于日峰镇2020年财政决算情况的报告(书面)\n(2021年 9月27日峰镇第十九届人民代表大会第一次会议上)\n严建军\n各位代表:\n我受镇人民政府委托,向大会书面报告我镇2020财政决算,请予审议。\n一、二0二0年财政决算情况\n全镇一般公共预算收入完成1200万元。\n",
		trapWant{title: "关于日峰镇2020年财政决算情况的报告(书面)", province: "江西省", city: "抚州市", district: "黎川县", level: govsearch.LevelCounty, docType: "预算报告", year: 2021, date: "2021-09-27"},
	},
	{
		"the second line of a wrapped meeting line is no title; a town's budget adjustment says what it is; its town (板芙镇) is 中山市's, a city without counties (meta-90)", "bf.txt",
		"——2022年7月27日在板芙镇第十七届人民代表大会\n第三次会议上\n各位代表:\n我受镇人民政府委托,向大会报告我镇2022年预算调整方案草案,请代表们审议。\n一、一般公共预算调整情况\n一般公共预算总收入由年初预算79552.91万元调整为82513.70万元。\n",
		trapWant{province: "广东省", city: "中山市", level: govsearch.LevelCity, docType: "预算报告", year: 2022, date: "2022-07-27"},
	},
	{
		"a meeting line without 在 with its speaker run on", "xg.txt",
		"政府工作报告\n——2016年1月6日大连市西岗区第十七届人民代表大会第四次会议大连市西岗区人民政府区长阎利军\n各位代表:\n现在,我代表区政府向大会报告工作,请予审议。\n一、2015年工作回顾\n全区地区生产总值增长5%。\n",
		trapWant{title: "政府工作报告", province: "辽宁省", city: "大连市", district: "西岗区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2016, date: "2016-01-06"},
	},
	{
		"a meeting line in brackets whose 在 was lost, with a space after 年", "rf.txt",
		"(江西省)抚州市黎川县日峰镇2020年财政决算情况的报告\n(2021年 9月27日峰镇第十九届人民代表大会第一次会议上)\n各位代表:\n我受镇人民政府委托,向大会书面报告我镇2020财政决算,请予审议。\n一、二0二0年财政决算情况\n全镇一般公共预算收入完成1200万元。\n",
		trapWant{title: "抚州市黎川县日峰镇2020年财政决算情况的报告", province: "江西省", city: "抚州市", district: "黎川县", level: govsearch.LevelCounty, docType: "预算报告", year: 2021, date: "2021-09-27"},
	},
	{
		"a publication date in an information table's row that opens with 公开类别", "pd.txt",
		"关于浦东新区2016年国民经济和社会发展计划执行情况与2017年国民经济和社会发展计划草案的报告\n索引号 | SY0024560280202100392 | 发布机构 | 政务公开办 |\n公开类别 | 主动公开 | 发布时间 | 2017-04-09 |\n浦东新区人民政府\n浦东新区人民代表大会:\n现向大会报告浦东新区2016年国民经济和社会发展计划执行情况与2017年国民经济和社会发展计划草案,请予审议。\n一、2016年国民经济和社会发展计划执行情况\n全区生产总值增长7%。\n",
		trapWant{title: "关于浦东新区2016年国民经济和社会发展计划执行情况与2017年国民经济和社会发展计划草案的报告", province: "上海市", city: "上海市", district: "浦东新区", level: govsearch.LevelCounty, docType: "国民经济和社会发展计划报告", year: 2017, date: "2017-04-09"},
	},
	{
		"a quoted term that counts its parts (一江三河) names no 三河市; the city's own name before 发展历程 does", "tm.txt",
		"现在,我代表市人民政府向大会报告工作,请予审议。\n一、过去五年工作回顾\n市七届人大一次会议以来的五年,是天门发展历程中极不平凡的五年。\n“一江三河”水系连通工程等一批重大项目纳入国家和省规划。\n",
		trapWant{title: "政府工作报告", province: "湖北省", district: "天门市", level: govsearch.LevelCounty, docType: "政府工作报告"},
	},
	{
		"a quoted term naming the N great ones (“六大振兴”) names no 振兴区 (meta-130)", "lz.txt",
		"各位代表:\n现在,我代表区人民政府向大会报告工作,请予审议。\n一、2024年工作回顾\n全区坚持全面推进“六大振兴”,全区生产总值增长6%。\n",
		trapWant{title: "政府工作报告", docType: "政府工作报告"},
	},
	{
		"a county's full name in its text, cut as a word by the segmenter, after no issuer word", "hd.txt",
		"各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、2024年工作回顾\n刚刚过去的一年是深入实施“十四五”规划的攻坚之年,也是化德县抢抓机遇、迎接挑战的重要之年。\n",
		trapWant{title: "政府工作报告", province: "内蒙古自治区", city: "乌兰察布市", district: "化德县", level: govsearch.LevelCounty, docType: "政府工作报告"},
	},
	{
		"a city without counties named in a slogan (和谐中山); a term's review without 一、 opens a work report", "zs.txt",
		"过去五年工作回顾\n本届政府任期五年,是我市取得科学发展显著成就的五年。市政府在省委、省政府和市委坚强领导下,大力推进经济强市、和谐中山、宜居城市建设。\n这五年,是综合实力大幅提升的五年。\n",
		trapWant{province: "广东省", city: "中山市", level: govsearch.LevelCity, docType: "政府工作报告"},
	},
	{
		"a final account's first part (一、2020年公共财政决算执行情况) says what it is", "fa.txt",
		"一、2020年公共财政决算执行情况\n2020年是决胜全面建成小康社会之年。我镇在市委、市政府的领导下,着力组织收入、克服减收增支困难。\n",
		trapWant{docType: "预算报告"},
	},
	{
		"a district name two cities share, in a text that answers to its province (中央和省、市)", "hdq.txt",
		"索 引 号: | hedongquhd0102/2021-0000233 | 公开目录: | 决策公开 |\n成文日期: | 2021-03-25 | 发布日期: | 2021-03-25 |\n发布机构: | 河东区发改局 |\n一、2020年国民经济和社会发展计划执行情况\n2020年,在区委的坚强领导下,全区上下深入贯彻中央和省、市决策部署,全面落实区委发展举措。\n",
		trapWant{province: "山东省", city: "临沂市", district: "河东区", level: govsearch.LevelCounty, docType: "国民经济和社会发展计划报告", year: 2021, date: "2021-03-25"},
	},
	{
		"the speaker right after a meeting line run on (会议上兴宁市市长)", "xn.txt",
		"您好,欢迎访问三七文档\n当前位置:首页 > 办公文档 > 总结/报告 > 2024年政府工作报 告——在市第十六届人民代表大会一次会议上\n1/262024年政府工作报告——在市第十六届人民代表大会一次会议上政府工作报告--在市第十六届人民代表大会一次会议上兴宁市市长洪国华(2021年11月16日)各位代表:现在,我代表市人民政府,向大会报告工作,请予审议。过去五年的工作回顾市十五届人大一次会议以来的五年,是兴宁发展进程中极不寻常的五年。\n",
		trapWant{title: "2024年政府工作报告", province: "广东省", city: "梅州市", district: "兴宁市", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2021, date: "2021-11-16"},
	},
	{
		"a county's slogan on the district it became (和谐清苑) gives way to the county it names", "qy.txt",
		"政府工作报告\n2013年1月10日\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n一、2012年工作回顾\n全县上下围绕建设经济强县、和谐清苑,深入开展执行力建设。全县人民和在清苑创业的投资者共同努力。\n做好《清苑县城市总体规划》评审工作,清苑的后发优势逐步显现。\n",
		trapWant{title: "政府工作报告", province: "河北省", city: "保定市", district: "清苑县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2013, date: "2013-01-10"},
	},
	{
		"a publication date written with spaces after its dashes (2025- 08- 15 09: 51)", "sp.txt",
		"发布日期: 2025- 08- 15 09: 51 | 浏览次数: | 字体:[ 大 中 小 ] | 信息来源: 余姚市统计局\n余姚市2024年国民经济和社会发展统计公报\n2024年，全市地区生产总值增长5.8%。\n一、综合\n全市常住人口增加。\n",
		trapWant{title: "余姚市2024年国民经济和社会发展统计公报", province: "浙江省", city: "宁波市", district: "余姚市", level: govsearch.LevelCounty, docType: "统计公报", year: 2025, date: "2025-08-15"},
	},
	{
		"a public-information table's 生成日期 is the document's date", "gen.txt",
		"索引号 | 002972698/2025-65630 |\n组配分类 | 统计公报 | 发布机构 | 余姚市统计局\n生成日期 | 2025-03-18 | 公开方式 | 主动公开\n余姚市2024年国民经济和社会发展统计公报\n2024年，全市地区生产总值增长5.8%。\n一、综合\n全市常住人口增加。\n",
		trapWant{title: "余姚市2024年国民经济和社会发展统计公报", province: "浙江省", city: "宁波市", district: "余姚市", level: govsearch.LevelCounty, docType: "统计公报", year: 2025, date: "2025-03-18"},
	},
	{
		"national report: 合作 is a word, the provinces it lists are not its issuer", "a.txt",
		"政府工作报告\n——2018年3月5日在第十三届全国人民代表大会第一次会议上\n国务院总理 李克强\n各位代表：\n现在，我代表国务院，向大会报告过去五年政府工作。\n一、过去五年工作回顾\n加强国际合作，支持北京、天津、河北、甘肃、广东普宁等地发展，搬迁安置群众，粮食产量居世界首位。\n",
		trapWant{title: "政府工作报告", level: govsearch.LevelNational, docType: "政府工作报告", year: 2018, date: "2018-03-05"},
	},
	{
		"meeting line wrapped right after its place, the body naming other counties", "mw.txt",
		"政府工作报告\n——2024年2月28日在苍梧县\n第十七届人民代表大会第四次会议上\n县长 孔斌\n各位代表：\n现在，我代表县人民政府，向大会作政府工作报告，请予审议。\n一、2023年工作回顾\n全县与藤县、岑溪市、蒙山县协同发展。\n",
		trapWant{title: "政府工作报告", province: "广西壮族自治区", city: "梧州市", district: "苍梧县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2024, date: "2024-02-28"},
	},
	{
		"a letter-spaced place in the meeting line", "ms.txt",
		"政 府 工 作 报 告\n——2024年2月28日在苍 梧 县第十七届人民代表大会第四次会议上\n各位代表：\n现在，我代表县人民政府，向大会作政府工作报告，请予审议。\n全县与藤县、岑溪市、蒙山县协同发展。\n",
		trapWant{title: "政府工作报告", province: "广西壮族自治区", city: "梧州市", district: "苍梧县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2024, date: "2024-02-28"},
	},
	{
		"a subdistrict office's work report is a work report", "sd.txt",
		"凤鸣街道办事处工作报告\n发布时间：2025-01-27 12:00\n各位代表：\n现在，我代表街道办事处向大会报告工作，请予审议。\n一、2024年工作回顾\n",
		trapWant{title: "凤鸣街道办事处工作报告", docType: "政府工作报告", year: 2025, date: "2025-01-27"},
	},
	{
		"the year's aims of the government's work said without 的, under a part's heading over the salutation", "wa.txt",
		"二、2025年政府工作目标任务\n各位代表，2025年是“十四五”规划收官之年，做好新一年政府工作，意义重大。政府工作总体要求是：坚持稳中求进工作总基调。\n",
		trapWant{docType: "政府工作报告"},
	},
	{
		"a document site's upload time is its page's date", "up.txt",
		"2023年苍梧县政府工作报告全文.docx\n上传人：abc 上传时间：2023-05-06 页数：12\n政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会作政府工作报告，请予审议。\n",
		trapWant{title: "2023年苍梧县政府工作报告", province: "广西壮族自治区", city: "梧州市", district: "苍梧县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2023, date: "2023-05-06"},
	},
	{
		"a communiqué's month in brackets under its office", "bm.txt",
		"苍梧县2023年国民经济和社会发展统计公报\n苍梧县统计局\n（2024年3月）\n2023年，全县经济平稳。\n一、综合\n初步核算，全年全县地区生产总值100亿元。\n",
		trapWant{title: "苍梧县2023年国民经济和社会发展统计公报", province: "广西壮族自治区", city: "梧州市", district: "苍梧县", level: govsearch.LevelCounty, docType: "统计公报", year: 2024},
	},
	{
		"a report told in pictures is no report", "ex.txt",
		"一图读懂2024年苍梧县政府工作报告\n发布时间：2024-03-01 来源：苍梧县人民政府办公室\n图片\n",
		trapWant{title: "一图读懂2024年苍梧县政府工作报告", province: "广西壮族自治区", city: "梧州市", district: "苍梧县", level: govsearch.LevelCounty, docType: "其他", year: 2024, date: "2024-03-01"},
	},
	{
		"a date between a field line's bars, without its label", "fb.txt",
		"苍梧县召开经济工作会议\n作者：县政府办 | 2023-03-01 | 阅读：100\n3月1日，县里召开会议。全县上下齐心。\n",
		trapWant{title: "苍梧县召开经济工作会议", province: "广西壮族自治区", city: "梧州市", district: "苍梧县", level: govsearch.LevelCounty, docType: "其他", year: 2023, date: "2023-03-01"},
	},
	{
		"a county's own site publishing its report that names the county only as 县", "site.txt",
		"苍梧县人民政府\n政府信息公开\n您现在的位置: 苍梧县人民政府>信息公开>政府工作报告\n2023年政府工作报告\n——2023年1月10日在县第十七届人民代表大会第三次会议上\n县长 孔斌\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n全县与藤县、岑溪市协同发展。\n",
		trapWant{title: "2023年政府工作报告", province: "广西壮族自治区", city: "梧州市", district: "苍梧县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2023, date: "2023-01-10"},
	},
	{
		"a meeting line letter-spaced throughout, its date too", "ls.txt",
		"政 府 工 作 报 告\n— — 2024 年 2 月 28 日 在 苍 梧 县 第 十 七 届 人 民 代 表 大 会 第 四 次 会 议 上\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n全县与藤县、岑溪市协同发展。\n",
		trapWant{title: "政府工作报告", province: "广西壮族自治区", city: "梧州市", district: "苍梧县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2024, date: "2024-02-28"},
	},
	{
		"a communiqué's date letter-spaced digit by digit", "ld.txt",
		"苍梧县2023年国民经济和社会发展统计公报\n苍梧县统计局\n2 0 2 4 年 3 月 3 0 日\n一、综合\n初步核算，全年全县地区生产总值100亿元。\n",
		trapWant{title: "苍梧县2023年国民经济和社会发展统计公报", province: "广西壮族自治区", city: "梧州市", district: "苍梧县", level: govsearch.LevelCounty, docType: "统计公报", year: 2024, date: "2024-03-30"},
	},
	{
		"a communiqué's month under the survey team that signs it with the office", "st.txt",
		"阿克苏地区2023年国民经济和社会发展统计公报\n阿克苏地区统计局\n国家统计局阿克苏调查队\n2024年4月\n一、综合\n初步核算，全年全地区生产总值100亿元。阿克苏市、库车市增长。\n",
		trapWant{title: "阿克苏地区2023年国民经济和社会发展统计公报", province: "新疆维吾尔自治区", city: "阿克苏地区", level: govsearch.LevelCity, docType: "统计公报", year: 2024},
	},
	{
		"no issuer stated: words of the body name no place", "b.txt",
		"政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告政府工作。\n一、工作回顾\n做好搬迁安置，粮食产量居世界首位，加强区域合作，普宁、迁安、界首的客商来访。\n",
		trapWant{title: "政府工作报告", docType: "政府工作报告"},
	},
	{
		"county report that names its city and province", "c.txt",
		"2015年四川省成都市武侯区政府工作报告\n——2015年1月20日在成都市武侯区第十七届人民代表大会第五次会议上\n各位代表：\n在省委、市委的领导下，全区经济平稳增长。\n",
		trapWant{title: "2015年四川省成都市武侯区政府工作报告", province: "四川省", city: "成都市", district: "武侯区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2015, date: "2015-01-20"},
	},
	{
		"township budget report belongs to its county", "d.txt",
		"关于青白江区姚渡镇2023年财政预算执行情况和2024年财政预算草案的报告\n——2024年1月10日在姚渡镇第十八届人民代表大会第四次会议上\n各位代表：\n受镇人民政府委托，现将预算报告如下。\n",
		trapWant{title: "关于青白江区姚渡镇2023年财政预算执行情况和2024年财政预算草案的报告", province: "四川省", city: "成都市", district: "青白江区", level: govsearch.LevelCounty, docType: "预算报告", year: 2024, date: "2024-01-10"},
	},
	{
		"GBK gov.cn page of a national report", "e.txt",
		mustGBK("当前位置： 首页>> 中国概况\r\n1987年国务院政府工作报告\r\n中央政府门户网站　www.gov.cn　　 2006年02月16日　　 来源：新华社\r\n【字体：大 中 小】\r\n1987年政府工作报告\r\n——１９８７年３月２５日在第六届全国人民代表大会第五次会议上\r\n　　国务院总理赵紫阳\r\n　　各位代表：\r\n　　现在，我代表国务院向大会作政府工作报告，请予审议。\r\n一、经济形势\r\n　　合作经济和乡镇企业在江苏、浙江、广东发展很快。\r\n"),
		trapWant{title: "1987年国务院政府工作报告", level: govsearch.LevelNational, docType: "政府工作报告", year: 1987, date: "1987-03-25"},
	},
	{
		"provincial report that mentions 城北区", "f.txt",
		"2026年青海省政府工作报告\n——2026年1月25日在青海省第十四届人民代表大会第四次会议上\n各位代表：\n现在，我代表省人民政府，向大会报告政府工作。\n一、2025年工作回顾\n西宁市城北区、海东市乐都区的园区建设加快，格尔木市发展迅速。\n",
		trapWant{title: "2026年青海省政府工作报告", province: "青海省", level: govsearch.LevelProvince, docType: "政府工作报告", year: 2026, date: "2026-01-25"},
	},
	{
		"municipality's own report is province-level", "g.txt",
		"2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n各位代表：\n朝阳区、海淀区发展很快。\n",
		trapWant{title: "2026年北京市政府工作报告", province: "北京市", level: govsearch.LevelProvince, docType: "政府工作报告", year: 2026, date: "2026-01-25"},
	},
	{
		"letter-spaced title, meeting line gives the district", "h.txt",
		"政 府 工 作 报 告\n——2023年1月6日在天津市滨海新区第二届人民代表大会第三次会议上\n滨海新区区长 杨茂荣\n各位代表：\n",
		trapWant{title: "政府工作报告", province: "天津市", city: "天津市", district: "滨海新区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2023, date: "2023-01-06"},
	},
	{
		"functional zone with its parent", "i.txt",
		"平潭综合实验区2023年政府工作报告\n——二〇二三年二月十日在平潭综合实验区人民代表大会上\n各位代表：\n",
		trapWant{title: "平潭综合实验区2023年政府工作报告", province: "福建省", city: "福州市", district: "平潭综合实验区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2023, date: "2023-02-10"},
	},
	{
		"resolution without a title line: the session gives title and year", "j.txt",
		"第十四届全国人民代表大会第三次会议听取和审议了国务院总理李强所作的\n政府工作报告\n。会议充分肯定国务院过去一年的工作，决定批准这个报告。\n",
		trapWant{title: "第十四届全国人民代表大会第三次会议关于政府工作报告的决议", level: govsearch.LevelNational, docType: "其他", year: 2025},
	},
	{
		"page header fields: issuer and publication date", "k.txt",
		"首页 > 政务公开\n发布时间：2023-02-10\n发布机构：岷县人民政府\n政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告政府工作。\n",
		trapWant{title: "政府工作报告", province: "甘肃省", city: "定西市", district: "岷县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2023, date: "2023-02-10"},
	},
	{
		"a city's page publishing its district's report", "m.txt",
		"来源：天津市人民政府办公厅\n和平区人民政府工作报告\n——2021年12月12日在和平区第十八届人民代表大会第一次会议上\n各位代表：\n",
		trapWant{title: "和平区人民政府工作报告", province: "天津市", city: "天津市", district: "和平区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2021, date: "2021-12-12"},
	},
	{
		"GBK HTML page: the site's name in <title> is not the title", "n.html",
		mustGBK(`<html><head><meta charset="gbk"><title>政府工作报告_岷县人民政府</title></head><body>` +
			`<div>首页 &gt; 政务公开</div><h1>政府工作报告</h1>` +
			`<p>——2023年1月5日在岷县第十八届人民代表大会第三次会议上</p><p>各位代表：</p>` +
			`<p>现在，我代表县人民政府，向大会报告政府工作。兰州、天水的客商来访。</p></body></html>`),
		trapWant{title: "政府工作报告", province: "甘肃省", city: "定西市", district: "岷县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2023, date: "2023-01-05"},
	},
	{
		"a county site republishing its province's report", "o.html",
		`<html><head><meta charset="utf-8"><title>2023年甘肃省政府工作报告_岷县人民政府</title></head><body>` +
			`<h1>2023年甘肃省政府工作报告</h1><p>——2023年1月13日在甘肃省第十四届人民代表大会第一次会议上</p><p>各位代表：</p></body></html>`,
		trapWant{title: "2023年甘肃省政府工作报告", province: "甘肃省", level: govsearch.LevelProvince, docType: "政府工作报告", year: 2023, date: "2023-01-13"},
	},
	{
		"a zone the gazetteer does not know, under its city, by the text's name (no full name made up)", "p.txt",
		"成都高新区2023年工作报告\n——2024年1月在成都高新区工作会议上\n各位代表：\n",
		trapWant{title: "成都高新区2023年工作报告", province: "四川省", city: "成都市", district: "成都高新区", level: govsearch.LevelCounty, docType: "其他", year: 2024},
	},
	{
		"a notice about a work report is not one", "q.txt",
		"成都市人民政府办公厅关于印发2023年成都市政府工作报告重点工作任务分解方案的通知\n成办发〔2023〕5号\n各区（市）县政府，市级有关部门：\n现印发给你们，请认真贯彻执行。\n成都市人民政府办公厅\n2023年2月10日\n",
		trapWant{title: "成都市人民政府办公厅关于印发2023年成都市政府工作报告重点工作任务分解方案的通知", province: "四川省", city: "成都市", level: govsearch.LevelCity, docType: "其他", year: 2023, date: "2023-02-10"},
	},
	{
		"work report that mentions a 规划纲要", "l.txt",
		"2021年和平区政府工作报告\n各位代表：\n区第十七届人民代表大会第八次会议审议通过了《和平区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》。\n",
		trapWant{title: "2021年和平区政府工作报告", district: "和平区", level: govsearch.LevelCounty, docType: "政府工作报告"},
	},
	{
		"forum panel saved without its post time: the post still begins at its title; no date is written, so there is no year (a title's year is no date)", "m.txt",
		"TA的每日心情 | 开心 2019-3-23 07:35 |\n签到天数: 17 天 [LV.4]偶尔看看III\n版主\n- 积分\n- 3485\n|\n2019年营口市西市区政府工作报告\n──第十六届人民代表大会第二次会议上\n区长 孙兴宁\n各位代表:\n现在,我代表区政府向大会报告工作,请予审议。\n一、2018年工作回顾\n2018年,全区经济社会发展取得了新的进步。\n",
		trapWant{title: "2019年营口市西市区政府工作报告", province: "辽宁省", city: "营口市", district: "西市区", level: govsearch.LevelCounty, docType: "政府工作报告"},
	},
	{
		"a column label over a title broken over lines", "q.txt",
		"财政报告\n发布日期:[2022-02-18] 浏览\n关于绍兴市柯桥区2021年财政\n预算执行情况及2022年财政\n预算草案的报告\n2022年2月20日在绍兴市柯桥区\n第二届人民代表大会第一次会议上\n各位代表:\n受区人民政府委托,现将预算执行情况提请审议。\n",
		trapWant{title: "关于绍兴市柯桥区2021年财政预算执行情况及2022年财政预算草案的报告", province: "浙江省", city: "绍兴市", district: "柯桥区", level: govsearch.LevelCounty, docType: "预算报告", year: 2022, date: "2022-02-20"},
	},
	{
		"a page's shortened name over the full title; a date typeset with spaces", "r.txt",
		"2022年国民经济和社会发展计划执行情况和2023年国民经济计划执行草案\n来源:伊川县 发布时间:2023-01-10 10:22\n关于伊川县 2022 年国民经济和社会发展计划执行情况\n及 2023 年国民经济和社会发展计划草案的报告\n——2023 年 1 月 6 日在伊川县第十六届人民代表大会\n第二次会议上\n各位代表:\n受县人民政府委托,我向大会报告计划执行情况,请予审议。\n",
		trapWant{title: "关于伊川县2022年国民经济和社会发展计划执行情况及2023年国民经济和社会发展计划草案的报告", province: "河南省", city: "洛阳市", district: "伊川县", level: govsearch.LevelCounty, docType: "国民经济和社会发展计划报告", year: 2023, date: "2023-01-06"},
	},
	{
		"header fields written as bracketed labels", "s.txt",
		"您当前所在位置:首页>政务公开>法定主动公开内容>预算/决算>决算公开>县级\n[ 索引号 ] 11500230008686369K/2024-00230 [ 发文字号 ]\n[ 主题分类 ] 财政、金融、审计 [ 体裁分类 ] 财政预算、决算\n[ 发布机构 ] 丰都县财政局\n[ 成文日期 ] 2022-09-28 [ 发布日期 ] 2022-09-28\n\n丰都县人民政府关于2021年决算情况的报告\n\n一、全县收支决算情况\n2021年全县一般公共预算本级收入238965万元,增长3.98%。\n",
		trapWant{title: "丰都县人民政府关于2021年决算情况的报告", province: "重庆市", city: "重庆市", district: "丰都县", level: govsearch.LevelCounty, docType: "预算报告", year: 2022, date: "2022-09-28"},
	},
	{
		"a page on one line, title, meeting line and salutation run together", "t.txt",
		"当前位置：首页 > 政务公开 > 财政信息 > 财政报告 关于绍兴市柯桥区2021年财政预算执行情况及2022年财政预算草案的报告2022年2月20日在绍兴市柯桥区第二届人民代表大会第一次会议上绍兴市柯桥区财政局局长各位代表:受区人民政府委托,现将预算执行情况提请审议。一、2021年财政预算执行情况2021年全区一般公共预算收入完成147.1亿元。\n",
		trapWant{title: "关于绍兴市柯桥区2021年财政预算执行情况及2022年财政预算草案的报告", province: "浙江省", city: "绍兴市", district: "柯桥区", level: govsearch.LevelCounty, docType: "预算报告", year: 2022, date: "2022-02-20"},
	},
	{
		"a news headline about a work report, its date under the headline", "u.txt",
		"省五届人大一次会议隆重开幕 定安代表团热议政府工作报告\n刊发日期:2013-01-31 阅读次数: 作者:\n海南省第五届人民代表大会第一次会议1月27日在海口隆重开幕。会议听取了省长所作的政府工作报告。\n代表们认真审议政府工作报告,献良策谋发展。\n",
		trapWant{title: "省五届人大一次会议隆重开幕定安代表团热议政府工作报告", docType: "其他", year: 2013, date: "2013-01-31"},
	},
	{
		// The story is of the district's congress, and so the district's.
		"a news story of the session: the mayor reports, the story does not", "v.txt",
		"3月1日上午,临汾市尧都区第十届人民代表大会第四次会议隆重开幕。\n大会应到人大代表246名,实到234名,符合法定人数。\n区委副书记、代区长吴勇代表区人民政府向大会作《政府工作报告》;大会审查了计划和预算报告。\n",
		trapWant{province: "山西省", city: "临汾市", district: "尧都区", level: govsearch.LevelCounty, docType: "其他"},
	},
	{
		"the report quoted in a longer title is a page about it", "w.txt",
		"我县召开《政府工作报告》征求意见会\n县政府召开征求意见会,广泛征求县人大代表、政协委员对工作报告的意见。\n与会人员畅所欲言,各抒己见。\n",
		trapWant{title: "我县召开《政府工作报告》征求意见会", docType: "其他"},
	},
	{
		"dashes around a title line are not part of it", "x.txt",
		"-\n《洛龙区2022年国民经济和社会发展计划》解读\n-\n日期:2022-04-22\n一、《计划》的出台背景\n今年以来,全区上下深入贯彻新发展理念,着力推动高质量发展。\n",
		trapWant{title: "《洛龙区2022年国民经济和社会发展计划》解读", province: "河南省", city: "洛阳市", district: "洛龙区", level: govsearch.LevelCounty, docType: "其他", year: 2022, date: "2022-04-22"},
	},
	{
		"a site's province label before the title is not part of it", "n.txt",
		"(湖北省)关于宜昌市远安县2021年财政预算执行情况和2022年财政预算草案报告\n——2022年2月11日在县十九届人民代表大会第二次会议上\n县财政局\n各位代表:\n受县人民政府委托,向大会报告预算执行情况,请予审议。\n",
		trapWant{title: "关于宜昌市远安县2021年财政预算执行情况和2022年财政预算草案报告", province: "湖北省", city: "宜昌市", district: "远安县", level: govsearch.LevelCounty, docType: "预算报告", year: 2022, date: "2022-02-11"},
	},
	{
		"a year tag after the title is not part of it", "o.txt",
		"2020年鄄城县国民经济和社会发展统计公报 2020\n\n选择区域:>>\n\n2020年,全县经济稳步回升。\n一、综合\n全县实现地区生产总值245.19亿元,比上年增长6%。\n",
		trapWant{title: "2020年鄄城县国民经济和社会发展统计公报", province: "山东省", city: "菏泽市", district: "鄄城县", level: govsearch.LevelCounty, docType: "统计公报"},
	},
	{
		"the statistics office run onto the title is not part of it; its line with the date dates it", "p.txt",
		"蒙城县2020年国民经济和社会发展统计公报蒙城县统计局\n国家统计局蒙城调查队 2021年3月25日\n2020年,全县经济发展稳中向好。\n一、综合\n2020年我县地区生产总值391.5亿元,同比增长3.2%。\n",
		trapWant{title: "蒙城县2020年国民经济和社会发展统计公报", province: "安徽省", city: "亳州市", district: "蒙城县", level: govsearch.LevelCounty, docType: "统计公报", year: 2021, date: "2021-03-25"},
	},
	{
		"both statistics offices on one line, the date run onto the second, date the communiqué", "p2.txt",
		"当前版:04版\n2023年开州区国民经济和社会发展统计公报\n重庆市开州区统计局 国家统计局开州调查队2024年4月29日\n  2023年,全区上下坚持稳中求进工作总基调。\n  一、综合\n  初步核算,全年实现地区生产总值686.91亿元。\n",
		trapWant{title: "2023年开州区国民经济和社会发展统计公报", province: "重庆市", city: "重庆市", district: "开州区", level: govsearch.LevelCounty, docType: "统计公报", year: 2024, date: "2024-04-29"},
	},
	{
		"a meeting line wrapped onto a letter-spaced line still dates the report", "p3.txt",
		"政 府 工 作 报 告\n——2020年5月13日在正镶白旗第十五届\n人 民 代 表 大 会 第 三 次 会 议 上\n政府旗长苏 鹏\n各位代表:\n现在,我代表旗人民政府向大会报告工作,请予审议。\n",
		trapWant{title: "政府工作报告", province: "内蒙古自治区", city: "锡林郭勒盟", district: "正镶白旗", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2020, date: "2020-05-13"},
	},
	{
		"an app's advertising words over a report's bare title are no menu that hides it", "p4.txt",
		"购买\n下载掌阅APP,畅读海量书库\n立即打开\n畅读海量书库\n扫码下载掌阅APP\n\n政府工作报告\n——2014年2月18日县第十五届人民代表大会第三次会议\n\n县人民政府县长 吴文凯\n\n各位代表:\n\n现在,我代表县人民政府,向大会做工作报告,请审议。\n",
		trapWant{title: "政府工作报告", docType: "政府工作报告", year: 2014, date: "2014-02-18"},
	},
	{
		"a notice's issuer alone over its 关于 line is part of its title", "p5.txt",
		"湖南省人民政府\n關于下達《湖南省2017年國民經濟和\n社會發展計劃》的通知\n湘政發〔2017〕10號\n各市州、縣市區人民政府,省政府各廳委、各直屬機構:\n《湖南省2017年國民經濟和社會發展計劃》已經省十二屆人大七次會議審議通過,現印發給你們。\n湖南省人民政府\n2017年3月31日\n",
		trapWant{title: "湖南省人民政府关于下达《湖南省2017年国民经济和社会发展计划》的通知", province: "湖南省", level: govsearch.LevelProvince, docType: "国民经济和社会发展计划报告", year: 2017, date: "2017-03-31"},
	},
	{
		"an untitled report to a standing committee on the accounts is a budget report, named by its first sentence (meta-145: holdout593/f03's reader)", "p6.txt",
		"主任、各位副主任、各位委员: 我受区人民政府的委托,向区七届人大常委会第三次会议,作关于2021年区本级决算和2022年上半年预算执行情况的报告。 今年以来,全区决算情况总体较好。 一、2021年财政决算主要情况 全区一般公共预算收入331.1亿元,增长11%。\n",
		trapWant{title: "关于2021年区本级决算和2022年上半年预算执行情况的报告", docType: "预算报告"},
	},
	{
		"the markup Word leaves between a title and its English is no part of it", "p7.txt",
		"笔译、口译资料下载\n新华社最终版\n关于2012年中央和地方预算执行情况与2013年中央和地方预算草案的报告<?xml:namespace prefix = o ns = \"urn:schemas-microsoft-com:office:office\" /> Report on the Implementation of Central and Local Budgets in 2012 and on Draft Central and Local Budgets for 2013 ——2013年3月5日在第十二届全国人民代表大会第一次会议上 First Session of the Twelfth National People’s Congress, March 5, 2013 财政部 Ministry of Finance of the People’s Republic of China 各位代表: Fellow Deputies, 受国务院委托,现将2012年中央和地方预算执行情况与2013年中央和地方预算草案提请十二届全国人大一次会议审议。<o:p></o:p>\n",
		trapWant{title: "关于2012年中央和地方预算执行情况与2013年中央和地方预算草案的报告", level: govsearch.LevelNational, docType: "预算报告", year: 2013, date: "2013-03-05"},
	},
	{
		"a headline's 双语全文 is no part of the title", "p8.txt",
		"8 years, 1 month ago\n\n2017年政府工作报告双语全文\n\n以下为新华社官方发布的2017年政府工作报告中英文全文。 政府工作报告 REPORT ON THE WORK OF THE GOVERNMENT ——2017年3月5日在第十二届全国人民代表大会第五次会议上 Delivered at the Fifth Session of the 12th National People's Congress on March 5, 2017 国务院总理 李克强 各位代表: Esteemed Deputies, 现在,我代表国务院,向大会报告政府工作,请予审议。\n",
		trapWant{title: "2017年政府工作报告", level: govsearch.LevelNational, docType: "政府工作报告", year: 2017, date: "2017-03-05"},
	},
	{
		"a banner's untitled communiqué that names no banner is Inner Mongolia's", "p9.txt",
		"2018年,全旗上下坚持以习近平新时代中国特色社会主义思想为指导,认真落实自治区党委和盟委的决策部署,全旗经济稳中向好。\n一、综合\n初步核算,全年全旗地区生产总值完成42.6亿元,按可比价格计算,比上年增长5.2%。\n",
		trapWant{province: "内蒙古自治区", level: govsearch.LevelCounty, docType: "统计公报"},
	},
	{
		"a league's untitled communiqué that names no league is Inner Mongolia's", "p10.txt",
		"2022年是党和国家历史上具有里程碑意义的一年。面对复杂严峻的内外部环境,全盟上下以习近平新时代中国特色社会主义思想为指导,认真落实自治区党委和盟委的决策部署。\n一、综合\n初步核算,全年全盟地区生产总值完成321.5亿元,比上年增长4.3%。\n",
		trapWant{province: "内蒙古自治区", level: govsearch.LevelCity, docType: "统计公报"},
	},
	{
		"a district's budget report that names no district but its city's bureau is a county of that city", "p11.txt",
		"区五届人大常委会\n第13次会议材料\n关于2018年区级预算调整方案(草案)的报告\n区财政局局长 杨大明\n2018年10月24日\n主任、各位副主任、各位委员:\n受区人民政府委托,现提出2018年区级预算调整方案(草案),请予审查。\n一、2018年地方政府新增债券额度\n岳阳市财政局《关于下达2018年地方政府新增债务额度的通知》下达我区新增一般债券额度5000万元。\n",
		trapWant{title: "关于2018年区级预算调整方案(草案)的报告", province: "湖南省", city: "岳阳市", level: govsearch.LevelCounty, docType: "预算报告", year: 2018, date: "2018-10-24"},
	},
	{
		"a communiqué's office and date in brackets under its title date it", "p12.txt",
		"2018年長沙市開福區國民經濟和社會發展統計公報\n(開福區統計局 2019年4月12日)\n2018年全區經濟運行總體保持在合理區間。 一、綜 合 初步核算,全區實現地區生產總值1045億元。\n",
		trapWant{title: "2018年长沙市开福区国民经济和社会发展统计公报", province: "湖南省", city: "长沙市", district: "开福区", level: govsearch.LevelCounty, docType: "统计公报", year: 2019, date: "2019-04-12"},
	},
	{
		"an untitled budget adjustment opens with its reasons (预算调整事由)", "p13.txt",
		"——2020年11月27日在区十八届人大常委会第三十五次会议通过\n一、区级预算调整事由\n(一)新增政府债务\n市核定我区2020年新增政府债务额度29000万元。\n(二)债券资金安排项目调整\n为充分发挥新增政府债券资金对重大项目建设的带动作用,调整部分项目。\n(三)上级转移支付到位调整\n上级转移支付到位355801万元,增加96041万元。\n二、区级预算调整方案\n根据上述事项,相应调整经区第十八届人民代表大会批准的预算。\n(一)全区预算调整方案\n1.一般公共预算\n全区收入预算总计调整为576105万元。\n",
		trapWant{docType: "预算报告", year: 2020, date: "2020-11-27"},
	},
	{
		"the report's own title under a page's fields keeps the 的 its listing lost", "p14.txt",
		"您当前的位置: 首页 > 政务公开 > 法定主动公开内容 > 预算/决算 > 决算  >  区级决算报告\n\n[ 索引号 ] 11500227009344547D/2018-14685 [ 发文字号 ]\n[ 主题分类 ] 其他 [ 体裁分类 ] 财政预算、决算\n[ 发布机构 ] 璧山区人民政府 [ 有效性 ]\n[ 成文日期 ] 2018-08-31 [ 发布日期 ] 2018-08-31\n\n重庆市璧山区2017年区本级决算草案报告\n\n重庆市璧山区2017年区本级决算草案的报告\n\n(2018年8月9日重庆市璧山区第十七届人大常委会第十六次会议通过)\n\n主任、各位副主任,各位委员:\n2017年,全区财政收支执行情况良好。\n",
		trapWant{title: "重庆市璧山区2017年区本级决算草案的报告", province: "重庆市", city: "重庆市", district: "璧山区", level: govsearch.LevelCounty, docType: "预算报告", year: 2018, date: "2018-08-09"},
	},
	{
		"a municipality's functional zone is a district's peer, not a city", "p15.txt",
		"2015年重庆市万盛经开区国民经济和社会发展统计公报\n2015年重庆市万盛经济技术开发区\n国民经济和社会发展统计公报\n2015年,在经开区党工委、管委会的坚强领导下,全区上下紧紧围绕总任务。\n一、综合\n初步核算,全区实现地区生产总值137.2亿元。\n",
		trapWant{title: "2015年重庆市万盛经开区国民经济和社会发展统计公报", province: "重庆市", city: "重庆市", district: "万盛经济技术开发区", level: govsearch.LevelCounty, docType: "统计公报"}, // meta-80: the gazetteer knows it
	},
	{
		"a page whose line breaks became runs of spaces, a yearbook's menu words first", "p16.txt",
		"广州年鉴2016 返回目录  前一篇  后一篇  类  目:文献法规  分  目:  次分目:  关于广州市2015年预算执行情况和2016年预算草案的报告  ——2016年2月在广州市第十四届人民代表大会第六次会议上  各位代表:  受市人民政府委托,我向大会报告广州市2015年财政预算执行情况和2016年预算安排草案,请予审议。  一、2015年财政预算执行情况  2015年,是“十二五”规划的收官之年,面对复杂严峻的国内外经济形势,在市委的正确领导和市人大、市政协的监督支持下,我们主动适应经济发展新常态,充分发挥财政职能作用,全力以赴抓收入、稳增长、调结构、促转型、惠民生、增后劲、防风险,进一步推动积极财政政策加力增效,在全市各级政府及财税部门的共同努力下,市十四届人大五次会议通过的财政预算执行情况总体良好,有效促进了经济社会健康发展和人民生活水平持续提高。  (一)财政收入总体执行情况。  2015年全市财政总收入2546.6亿元①,其中市本级总收入1458.1亿元。市本级总收入中一般公共预算收入609.7亿元;政府性基金预算收入729.4亿元;国有资本经营预算收入91.5亿元;财政专户管理资金收入27.5亿元。  总体来看,在宏观经济增长速度放缓、经济结构调整阵痛加剧的大环境下,财政收入呈现“增速放缓、结构优化、动力转换”的阶段性特征。  1.增速放缓。一般公共预算方面,全市收入1349.1亿元,同比增长8.5%,剔除“营改增”试点改革、停征堤围防护费等一次性减收因素后,可比增长9.1%。其中市本级收入609.7亿元,同比增长12%。\n",
		trapWant{title: "关于广州市2015年预算执行情况和2016年预算草案的报告", province: "广东省", city: "广州市", level: govsearch.LevelCity, docType: "预算报告", year: 2016},
	},
	{
		"a county's untitled monthly release of the budget's execution is a budget report", "p17.txt",
		"一、财政收支完成情况\n(一)一般公共预算收入情况\n1-4月, 全县地方财政收入完成4126万元,占年度任务的34.8%,同比增长17.3%。\n(二)一般公共预算支出情况\n1-4月, 全县公共财政预算支出完成86719万元,占年度任务的41.9%,同比增长44.8%。\n",
		trapWant{docType: "预算报告"},
	},
	{
		"a county session's story that says the session studied the NPC's is the county's", "q.txt",
		"平潭县第九届人大一次会议开幕\n时间：2017-01-17 10:00\n会议传达学习十二届全国人大五次会议精神。县长代表县人民政府作政府工作报告。\n",
		trapWant{title: "平潭县第九届人大一次会议开幕", province: "福建省", city: "福州市", district: "平潭县", level: govsearch.LevelCounty, docType: "其他", year: 2017, date: "2017-01-17"},
	},
	{
		"a title line set in book-title marks is the title", "r.txt",
		"《2021年平潭县政府工作报告》\n——2021年1月10日在平潭县第九届人民代表大会第五次会议上\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n",
		trapWant{title: "2021年平潭县政府工作报告", province: "福建省", city: "福州市", district: "平潭县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2021, date: "2021-01-10"},
	},
	{
		"a notice that issues the report keeps its title over the report's own run into its meeting line", "s.txt",
		"南开区人民政府办公室关于印发南开区政府工作报告的通知\n各委、局、办，各街、公司： 《政府工作报告》已经南开区第十七届人民代表大会第八次会议审议通过，现印发给你们。\n天津市南开区人民政府办公室 2021年1月21日印发\n政府工作报告 2021年1月15日在南开区第十七届人民代表大会第八次会议上 南开区区长 孙剑楠 各位代表：现在，我代表区人民政府向大会报告工作。\n",
		trapWant{title: "南开区人民政府办公室关于印发南开区政府工作报告的通知", province: "天津市", city: "天津市", district: "南开区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2021, date: "2021-01-15"},
	},
	{
		"a title broken after 预算草案 goes on to the 的报告 under it", "t.txt",
		"彭水苗族土家族自治县2021年预算执行情况和2022年预算草案\n的报告\n一、2021年预算执行情况\n",
		trapWant{title: "彭水苗族土家族自治县2021年预算执行情况和2022年预算草案的报告", province: "重庆市", city: "重庆市", district: "彭水苗族土家族自治县", level: govsearch.LevelCounty, docType: "预算报告"},
	},
	{
		"a plan's title broken after 规划 goes on to the 纲要 under it", "u2.txt",
		"武汉市国民经济和社会发展第十四个五年规划\n和二〇三五年远景目标纲要\n第一章 发展基础\n",
		trapWant{title: "武汉市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", province: "湖北省", city: "武汉市", level: govsearch.LevelCity, docType: "五年规划纲要"},
	},
	{
		"a story's dated lead with the hour (2015年3月5日上午9时，) opening on the national session it reports: the session's year", "w2.txt",
		"2015年3月5日上午9时，第十二届全国人大三次会议在人民大会堂开幕，听取国务院总理李克强作政府工作报告，审查年度计划报告和预算报告。\n中国政府网\n微博、微信\n",
		trapWant{level: govsearch.LevelNational, docType: "其他", year: 2015},
	},
	{
		"an untitled report that puts itself before the standing committee by name (向区人大常委会提出2023年全区财政决算的报告,请予审议) is of that report's type", "x2.txt",
		"主任、副主任,各位委员:\n按照《中华人民共和国预算法》等法律规定和区人大常委会的安排,向区人大常委会提出2023年全区财政决算的报告,请予审议。\n一、2023年财政决算情况\n2023年,全区财政运行平稳。\n",
		trapWant{docType: "预算报告"},
	},
	{
		"a site's 关于我们 link is no start of the title under it", "v2.txt",
		"首页\n关于我们\n2019年平潭县政府工作报告\n——2019年1月10日在平潭县第九届人民代表大会第三次会议上\n各位代表：\n",
		trapWant{title: "2019年平潭县政府工作报告", province: "福建省", city: "福州市", district: "平潭县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2019, date: "2019-01-10"},
	},
	{
		"a site's 评论区 over a title is no place's name that starts it", "w2.txt",
		"评论区\n2019年平潭县政府工作报告\n——2019年1月10日在平潭县第九届人民代表大会第三次会议上\n各位代表：\n",
		trapWant{title: "2019年平潭县政府工作报告", province: "福建省", city: "福州市", district: "平潭县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2019, date: "2019-01-10"},
	},
	{
		"a site's brand after a report's name and its (全文)", "tb.txt",
		"2026年广东省政府工作报告（全文）-Mysteel铁矿石\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "2026年广东省政府工作报告", province: "广东省", level: govsearch.LevelProvince, docType: "政府工作报告"},
	},
	{
		"a site's topic tag in black brackets before a title, with 专题 run onto it", "tt.txt",
		"【河南中招成绩查询时间2022】专题2021年河南省国民经济和社会发展统计公报\n河南省统计局\n2022年3月12日\n2021年是河南发展历程中极为关键、极不平凡的一年。\n一、综合\n",
		trapWant{title: "2021年河南省国民经济和社会发展统计公报", province: "河南省", level: govsearch.LevelProvince, docType: "统计公报", year: 2022, date: "2022-03-12"},
	},
	{
		"a title line a content farm ended with a full stop", "fs.txt",
		"武汉市2015年暨“十二五”期间国民经济和社会发展统计公报。\n面对错综复杂、不断加大的经济下行压力，全市上下紧紧围绕建设国家中心城市。\n",
		trapWant{title: "武汉市2015年暨“十二五”期间国民经济和社会发展统计公报", province: "湖北省", city: "武汉市", level: govsearch.LevelCity, docType: "统计公报"},
	},
	{
		"a page saved as text: its title line, menus, then the headline again where the report begins", "rf.txt",
		"2022年1月20日广东省代省长王伟中在广东省第十三届人民代表大会第五次会议上作政府工作报告\n无障碍\n长者助手\n我的收藏\n政府信息公开\n规章库\n高级搜索\n搜索位置\n标题\n全文\n排序方式\n按时间\n按相关度\n文件状态\n不限\n现行有效\n已失效\n搜索\n下载文字版\n下载图片版\n索引号：\n006939748/2022-00047\n分类：\n发布机构：\n广东省人民政府\n成文日期：\n2022-01-24\n名称：\n2022年1月20日广东省代省长王伟中在广东省第十三届人民代表大会第五次会议上作政府工作报告\n文号：\n发布日期：\n2022-01-24\n主题词：\n【打印】\n分享到：\n2022年1月20日广东省代省长王伟中在广东省第十三届人民代表大会第五次会议上作政府工作报告\n发布日期：2022-01-24 浏览次数：-\n政府工作报告\n——2022年1月20日在广东省第十三届\n人民代表大会第五次会议上\n广东省代省长 王伟中\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n",
		trapWant{title: "政府工作报告", province: "广东省", level: govsearch.LevelProvince, docType: "政府工作报告", year: 2022, date: "2022-01-20"},
	},
	{
		"a finance bureau's untitled release of the budget's execution", "br.txt",
		"3月份，全市一般公共预算收入当月完成73795万元，下降12.7%，累计完成234267万元，下降10.9%。\n3月份，全市一般公共预算支出当月完成380990万元，增长15.8%。\n",
		trapWant{level: "", docType: "预算报告"},
	},
	{
		"a budget's adjustment with its cause between the words", "ba.txt",
		"关于永春县2019年第二批新增地方政府债务并相应调整县本级预算方案(草案)的报告\n主任、各位副主任、各位委员：\n我受县政府委托，向本次常委会报告我县2019年新增地方政府债务并相应调整本级预算方案(草案)，请予审议。\n",
		trapWant{title: "关于永春县2019年第二批新增地方政府债务并相应调整县本级预算方案(草案)的报告", province: "福建省", city: "泉州市", district: "永春县", level: govsearch.LevelCounty, docType: "预算报告"},
	},
	{
		"a city's release that ranks its counties is the city's, not its county-level city's", "rk.txt",
		"1-9月份全市一般公共预算收支情况\n1-9月份，全市一般公共财政预算收入累计完成76.7亿元，其中市本级完成26.5亿元。\n各县(市、区)一般公共财政预算收入完成情况：按规模排序，泽州县10.6亿元，高平市10.5亿元，沁水县9.6亿元，阳城县9.3亿元，陵川县0.9亿元。\n",
		trapWant{title: "1-9月份全市一般公共预算收支情况", province: "山西省", city: "晋城市", level: govsearch.LevelCity, docType: "预算报告"},
	},
	{
		"a disclosure package's name over its contents gives way to the report's own title over its meeting line", "pk.txt",
		"2020年政府决算公开目录\n一、决算报告\n大冶市2020年财政决算报告\n二、2020年财政决算公开表格\n三、情况说明\n2020年转移支付资金情况说明\n关于大冶市2020年财政决算的报告\n——2021年7月29日在大冶市第六届人民代表大会\n常务委员会第四十一次会议上\n大冶市财政局局长 吴著怡\n主任、各位副主任、秘书长、各位委员：\n",
		trapWant{title: "关于大冶市2020年财政决算的报告", province: "湖北省", city: "黄石市", district: "大冶市", level: govsearch.LevelCounty, docType: "预算报告", year: 2021, date: "2021-07-29"},
	},
	{
		"an untitled outline's preface says what it is; its headings are no title", "op.txt",
		"2011至2015年是国民经济和社会发展第十二个五年规划时期。本纲要以科学发展观为指导，主要阐述政府战略意图，是今后五年我县经济社会发展的宏伟蓝图。\n第一篇  指导方针与发展目标\n第一章  规划背景\n第一节  “十一五”发展成就\n“十一五”时期是我县发展最快的五年。\n",
		trapWant{docType: "五年规划纲要"},
	},
	{
		"a meeting line that puts 在 before its date", "md.txt",
		"关于上海市徐汇区2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告\n——在2020年12月23日上海市徐汇区第十六届人民代表大会\n常务委员会第三十七次会议上\n主任、各位副主任、各位委员：\n",
		trapWant{title: "关于上海市徐汇区2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告", province: "上海市", city: "上海市", district: "徐汇区", level: govsearch.LevelCounty, docType: "国民经济和社会发展计划报告", year: 2020, date: "2020-12-23"},
	},
	{
		"a bracketed meeting line and the mayor run onto the title line", "bm.txt",
		"政府工作报告 (2019年1月21日在杭州市第十三届人民代表大会第四次会议上) 杭州市人民政府市长 徐立毅\n发布时间:2021-08-07 点击率:\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "政府工作报告", province: "浙江省", city: "杭州市", level: govsearch.LevelCity, docType: "政府工作报告", year: 2019, date: "2019-01-21"},
	},
	{
		"a paper's e-edition path before the title", "ep.txt",
		"商洛日报/2024 年/2 月/6 日/第 001 版政府工作报告——2024 年 2 月 2 日在商洛市第五届人民代表大会第四次会议上商洛市人民政府市长 王青峰各位代表:现在,我代表市人民政府向大会报告工作,请予审议。\n",
		trapWant{title: "政府工作报告", province: "陕西省", city: "商洛市", level: govsearch.LevelCity, docType: "政府工作报告", year: 2024, date: "2024-02-02"},
	},
	{
		"a lead that dates the meeting with 在 after a comma, or before the date", "ld.txt",
		"武汉市2014年政府工作报告\n武汉市2014年政府工作报告在2014年1月6日武汉市第十三届人民代表大会第三次会议上由市长唐良智发布。\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "武汉市2014年政府工作报告", province: "湖北省", city: "武汉市", level: govsearch.LevelCity, docType: "政府工作报告", year: 2014, date: "2014-01-06"},
	},
	{
		"a lead that dates the meeting, a comma, then 在", "lc.txt",
		"2015年合肥市政府工作报告\n2015年1月20日，在合肥市第十五届人民代表大会第三次会议上，合肥市市长张庆军作了政府工作报告，以下是报告全文：\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "2015年合肥市政府工作报告", province: "安徽省", city: "合肥市", level: govsearch.LevelCity, docType: "政府工作报告", year: 2015, date: "2015-01-20"},
	},
	{
		"和县委、县政府 is no 和县, a term in quotes (“双城”) no slogan on a place", "hx.txt",
		"2024年政府预算公开\n第一部分 预算报告\n根据《预算法》和县委、县政府工作要求，全县融入“双城”发展格局，编制2024年县本级预算。\n一、2023年预算执行情况\n全县一般公共预算收入完成12亿元。\n",
		trapWant{title: "2024年政府预算公开", level: "", docType: "预算报告"},
	},
	{
		"meta-109: 代县长 is an acting county head, not 代县's; 代县 by its government is the county", "dx.txt",
		"代县长王明在平遥县第十七届人民代表大会第二次会议上作政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "代县长王明在平遥县第十七届人民代表大会第二次会议上作政府工作报告", province: "山西省", city: "晋中市", district: "平遥县", level: govsearch.LevelCounty, docType: "政府工作报告"},
	},
	{
		"meta-109: 代县 itself, before its government", "dx2.txt",
		"2023年代县人民政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "2023年代县人民政府工作报告", province: "山西省", city: "忻州市", district: "代县", level: govsearch.LevelCounty, docType: "政府工作报告"},
	},
	{
		"a motion that asks the congress to review and approve a budget's adjustment", "mo.txt",
		"丽水市莲都区人民政府关于提请审议批准2022年莲都区预算调整方案(草案)的议案\n区人大常委会：\n根据《中华人民共和国预算法》，现提请审议批准。\n",
		trapWant{title: "丽水市莲都区人民政府关于提请审议批准2022年莲都区预算调整方案(草案)的议案", province: "浙江省", city: "丽水市", district: "莲都区", level: govsearch.LevelCounty, docType: "预算报告"},
	},
	{
		"an untitled final account that opens on the year's receipts and spending", "fa.txt",
		"一、2020年全区收支决算\n1.一般公共预算收支及其平衡情况\n全区一般公共预算总收入410338万元，完成调整后预算的97.3%。\n",
		trapWant{docType: "预算报告"},
	},
	{
		"和 before a county's congress (部署和县第十七届人民代表大会) names no 和县", "hc.txt",
		"一、财政预算调整原因\n今年以来，全县财税部门紧紧围绕县委总体部署和县第十七届人民代表大会第六次会议批准的预算，狠抓落实，确保了预算正常执行。\n",
		trapWant{docType: "预算报告"},
	},
	{
		"a Corps city after its division", "bt.txt",
		"政府信息公开 > 正文\n新疆生产建设兵团第二师铁门关市2022年国民经济和社会发展统计公报\n新疆生产建设兵团第二师铁门关市统计局\n2022年是党的二十大胜利召开之年。\n一、综合\n初步核算，全年地区生产总值比上年增长5.1%。\n",
		trapWant{title: "新疆生产建设兵团第二师铁门关市2022年国民经济和社会发展统计公报", province: "新疆维吾尔自治区", district: "铁门关市", level: govsearch.LevelCounty, docType: "统计公报"},
	},
	{
		"a site's menu over an untitled budget release is furniture, and the release still says what it is", "mr.html",
		"<html><head><meta charset=\"utf-8\"><title>网站首页</title></head><body><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/zw\">政务公开</a></div><div class=\"content\"><p>据快报统计，7月份全市地方公共财政预算收入完成170,024万元，同比增收41,823万元，增长32.62%。</p><p>1-7月，全市地方公共财政预算收入完成1,392,476万元。</p></div></body></html>",
		trapWant{docType: "预算报告"},
	},
	{
		"the page's breadcrumb run onto the title line", "bc.txt",
		"(宿迁市)泗洪县2023年国民经济和社会发展统计公报 您所在的位置:网站首页 江苏省县人均 (宿迁市)泗洪县2023年国民经济和社会发展统计公报\n(宿迁市)泗洪县2023年国民经济和社会发展统计公报\n2024-07-13 01:26| 来源: 网络整理| 查看: 265\n泗洪县统计局  国家统计局泗洪调查队\n2023年，面对宏观环境多重挑战，全县上下坚持稳中求进。\n一、综合\n",
		trapWant{title: "泗洪县2023年国民经济和社会发展统计公报", province: "江苏省", city: "宿迁市", district: "泗洪县", level: govsearch.LevelCounty, docType: "统计公报", year: 2024, date: "2024-07-13"},
	},
	{
		"a county's report that names no place and no date is not dated by its review's headings", "nd.txt",
		"现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和列席人员提出意见。\n一、 2022 年工作回顾\n2022 年，是党和国家历史上极为重要的一年，也是我县发展进程中极不平凡的一年。\n",
		trapWant{title: "政府工作报告", docType: "政府工作报告"},
	},
	{
		"a forum's copy in traditional script: its user panel is furniture and the post begins at its title", "tp.txt",
		"TA的每日心情 | 開心 2019-3-23 07:35 |\n---|\n簽到天數: 17 天 [LV.4]偶爾看看III\n版主\n- 積分\n- 3485\n|\n2019年營口市西市區政府工作報告\n──第十六屆人民代表大會第二次會議上\n區長 孫興寧\n各位代表:\n現在,我代表區政府向大會報告工作,請予審議。\n一、2018年工作回顧\n2018年,是本屆政府全面貫徹落實黨的十九大精神的開局之年。\n",
		trapWant{title: "2019年营口市西市区政府工作报告", province: "辽宁省", city: "营口市", district: "西市区", level: govsearch.LevelCounty, docType: "政府工作报告"},
	},
	{
		"a repost years later with no date written: the site's posting day is the page's publication date, the only date it gives (a title's year is no date)", "rp.txt",
		"(安徽省)2015年合肥市庐阳区人民政府工作报告(全文)\n公文搜 2021-07-22 14:30:26 政府报告\n各位代表:\n现在,我代表区人民政府向大会报告工作,请予审议。\n一、砥砺奋进,铸就十二五新辉煌\n十二五是庐阳区经济转型不断加快的五年。\n",
		trapWant{title: "2015年合肥市庐阳区人民政府工作报告", province: "安徽省", city: "合肥市", district: "庐阳区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2021, date: "2021-07-22"},
	},
	{
		"a budget report's title names the years it reports on, not its own: the page's date stands", "bp.txt",
		"关于2019年预算执行情况和2020年预算草案的报告\n发布时间：2023-05-06\n各位代表：\n受县人民政府委托，现将2019年预算执行情况和2020年预算草案提请大会审议。\n",
		trapWant{title: "关于2019年预算执行情况和2020年预算草案的报告", docType: "预算报告", year: 2023, date: "2023-05-06"},
	},
	{
		"a sidebar's list of links (title… 9-7) over the report is furniture, not its title", "ll.txt",
		"莲花县县委 莲花县人大 莲花县政府 莲花县政协\n   领导讲话 more\n在全县乡站村室户点标准化… 9-7\n政府工作报告 5-4\n2016年莲花县政府工作报告… 10-25\n在全县经济工作暨脱贫攻坚… 3-2\n 您的位置:网站首页 >> 政务之窗 >> 领导讲话 >> 正文\n政 府 工 作 报 告\n编辑:政府办 来源: 日期:2016-6-12 9:29:43 点击:\n——2016年6月3日在莲花县第十六届人民代表大会第六次会议上\n县政府代县长张运来\n各位代表:\n现在,我代表县人民政府向大会作政府工作报告,请予审议。\n",
		trapWant{title: "政府工作报告", province: "江西省", city: "萍乡市", district: "莲花县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2016, date: "2016-06-03"},
	},
	{
		"an index table's 信息名称 cell is the title; a dialog before a link that leaves the site is furniture", "xm.txt",
		"您访问的链接即将离开“海淀区人民政府”门户网站\n是否继续?\n索引号 | 11F/2023-70297 | 公开责任部门 | 北京市海淀区人民政府办公室 |\n信息名称 | 北京市海淀区人民政府办公室印发《关于海淀区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划的报告》的通知 | ||\n生成日期 | 2023年01月17日 11:22 | 公开日期 | 2023年01月17日 11:22 |\n公开类型 | 主动公开 | 文号 | 海政办发〔2023〕1号 |\n各街道办事处，区政府各委、办、局：\n现将《关于海淀区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划的报告》印发给你们，请认真贯彻落实。\n",
		trapWant{title: "北京市海淀区人民政府办公室印发《关于海淀区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划的报告》的通知", province: "北京市", city: "北京市", district: "海淀区", level: govsearch.LevelCounty, docType: "国民经济和社会发展计划报告", year: 2023, date: "2023-01-17"},
	},
	{
		"a site's brand after a colon, and a compilation's (合集五篇), are no part of a title", "cb.txt",
		"关于浦东新区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告:星空体育在线官网\n——2022年1月11日在浦东新区第七届人民代表大会第一次会议上\n各位代表:\n现向大会报告浦东新区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案,请予审议。\n",
		trapWant{title: "关于浦东新区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告", province: "上海市", city: "上海市", district: "浦东新区", level: govsearch.LevelCounty, docType: "国民经济和社会发展计划报告", year: 2022, date: "2022-01-11"},
	},
	{
		"a compilation's count after a title is no part of it", "hj.txt",
		"内蒙古自治区政府工作报告(合集五篇)\n——2024年1月11日在内蒙古自治区第十四届人民代表大会第二次会议上\n各位代表:\n现在,我代表自治区人民政府向大会报告工作,请予审议。\n",
		trapWant{title: "内蒙古自治区政府工作报告", province: "内蒙古自治区", level: govsearch.LevelProvince, docType: "政府工作报告", year: 2024, date: "2024-01-11"},
	},
	{
		"the page's date and source after the title on its line date it", "ds.txt",
		"关于上海市2019年市级决算及2020年上半年预算执行情况的报告 2020-07-30 来源:解放日报\n字号:\n市财政局局长 曹吉珍\n主任、各位副主任、秘书长、各位委员:\n我受市人民政府委托,向市人大常委会提出本市2019年市级决算报告,请予审查。\n",
		trapWant{title: "关于上海市2019年市级决算及2020年上半年预算执行情况的报告", province: "上海市", level: govsearch.LevelProvince, docType: "预算报告", year: 2020, date: "2020-07-30"},
	},
	{
		"an untitled outline's preface: drawn up from the two proposals on the plan and the 2035 goals; 上海市, the only place it names, three times, is its place (meta-182)", "ob.txt",
		"“十四五”时期,是我国开启全面建设社会主义现代化国家新征程的第一个五年,也是上海在新的起点上全面深化“五个中心”建设、加快建设具有世界影响力的社会主义现代化国际大都市的关键五年。科学制定和实施上海市国民经济和社会发展第十四个五年规划和二〇三五年远景目标,对加快构筑新阶段上海发展的战略优势、更好服务全国改革发展大局,具有重要意义。《上海市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》根据《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》《中共上海市委关于制定上海市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》制定,是上海未来五年的行动纲领。\n",
		trapWant{province: "上海市", level: govsearch.LevelProvince, docType: "五年规划纲要"},
	},
	{
		"an outline's name over the notice that issues it: the page holds the notice, whose title it is", "ni.txt",
		"西安市未央区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n2021年2月\n西安市未央区人民政府文件\n未政发〔2021〕4 号\n西安市未央区人民政府关于印发《西安市未央区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》的通知\n各街道办事处,区人民政府各工作部门、各直属机构:\n《西安市未央区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》已经区第十七届人民代表大会第六次会议审议通过,现印发你们,请遵照执行。\n西安市未央区人民政府 2021 年 2 月 1 日\n",
		trapWant{title: "西安市未央区人民政府关于印发《西安市未央区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》的通知", province: "陕西省", city: "西安市", district: "未央区", level: govsearch.LevelCounty, docType: "五年规划纲要", year: 2021, date: "2021-02-01"},
	},
	{
		"a bracketed date before a title is kept whole, not cut after its opening bracket", "bd.txt",
		"(2021年10月26日)南昌市政府工作报告\n——2021年10月26日在南昌市第十六届人民代表大会第一次会议上\n市人民政府市长 万广明\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n",
		trapWant{title: "(2021年10月26日)南昌市政府工作报告", province: "江西省", city: "南昌市", level: govsearch.LevelCity, docType: "政府工作报告", year: 2021, date: "2021-10-26"},
	},
	{
		"an essay site's part heading of a compilation ([篇一:X]) gives X", "cp.txt",
		"孔雀美文网 > 经典文章 > 故事会 > 合肥市政府工作报告\n【篇一:合肥市政府工作报告】\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n一、2013年工作回顾\n过去的一年,我们在省委省政府和市委的坚强领导下,保持了经济社会平稳较快发展。\n",
		trapWant{title: "合肥市政府工作报告", province: "安徽省", city: "合肥市", level: govsearch.LevelCity, docType: "政府工作报告"},
	},
	{
		"a package of budget tables: a project's row (…行动计划   P20220103-0053) is no title, and the text begins at the first table", "tb.txt",
		"表4-1\n\n           22 吉林省2021年地方政府债务限额及余额决算情况表\n                                                单位：亿元\n" +
			strings.Repeat("   双阳区            75.79        25.83        49.96      74.19        24.34        49.85\n\n", 20) +
			"宽城区护眼行动计划                    P20220103-0053   义务教育      人民政府   宽城区教育局        一般债券\n宜章县妇幼保健计划生育业务中心配套\n" +
			strings.Repeat("九台区南出口综合治理工程                 P19220181-0017   道路        建设     九台市住房和城乡建设局\n", 40),
		trapWant{title: "吉林省2021年地方政府债务限额及余额决算情况表", province: "吉林省", level: govsearch.LevelProvince, docType: "预算报告"},
	},
	{
		"the department alone over the salutation presents the report for its place, not a county its text names most", "po.txt",
		"— 1 —\n市十五届人大五次\n会 议 文 件（十二）\n关于 2025 年全市及市本级预算执行情况和\n2026 年全市及市本级预算（草案）的报告\n——2026 年 1 月 20 日在市第十五届\n人民代表大会第五次会议上\n石嘴山市财政局\n各位代表：\n受市人民政府委托，向大会报告 2025 年全市及市本级预算执行情况。\n" +
			strings.Repeat("惠农区财政收入增长，惠农区工业园区建设加快，惠农区税收增长，大武口区支出增长。\n", 10),
		trapWant{title: "关于2025年全市及市本级预算执行情况和2026年全市及市本级预算（草案）的报告", province: "宁夏回族自治区", city: "石嘴山市", level: govsearch.LevelCity, docType: "预算报告", year: 2026, date: "2026-01-20"},
	},
	{
		"a page's date run onto 文章来源, and in brackets with its source, is its publication date", "ws.txt",
		"游仙区2019年国民经济和社会发展统计公报\n2020-04-20 10:33文章来源: 统计局\n2019年,全区经济运行保持总体平稳。\n一、综 合\n初步核算,全年地区生产总值增长7.1%。\n",
		trapWant{title: "游仙区2019年国民经济和社会发展统计公报", province: "四川省", city: "绵阳市", district: "游仙区", level: govsearch.LevelCounty, docType: "统计公报", year: 2020, date: "2020-04-20"},
	},
	{
		"a page's date in brackets with its source is its publication date", "wb.txt",
		"大连市西岗区2012年国民经济和社会发展统计公报\n【2013-05-13 来源:中共大连市西岗区委宣传部】\n2012年,全区人民在区委、区政府的正确领导下,经济平稳发展。\n一、综合\n初步核算,全年地区生产总值增长10%。\n",
		trapWant{title: "大连市西岗区2012年国民经济和社会发展统计公报", province: "辽宁省", city: "大连市", district: "西岗区", level: govsearch.LevelCounty, docType: "统计公报", year: 2013, date: "2013-05-13"},
	},
	{
		"an untitled final account: its accounts in good order, then what the budget law asks it to report", "fa.txt",
		"2022年是党和国家历史上极为重要的一年。我们坚持稳中求进工作总基调,财政改革发展各项工作扎实推进,全区决算情况总体较好。根据预算法有关规定,重点报告以下情况: 一、2022年一般公共预算收支决算情况\n",
		trapWant{docType: "预算报告"},
	},
	{
		"a statement signed over its attachments: the signature's date dates it; the organ letter-spaced over its title is no part of the title", "sa.txt",
		" 福 建 省 财 政 厅\n 2024 年度福建省财政决算收支情况\n 经福建省财政厅汇总，2024 年度全省及省本级财政决算收支情况如下：\n 一、全省财政决算收支情况\n 2024 年全省一般公共预算收入 3615.29 亿元。\n 2024 年省本级一般公共预算收入 800.12 亿元。\n 2024 年省本级政府性基金预算收入 120.5 亿元。\n 2024 年省本级社会保险基金预算收入 1300.36 亿元。\n   附件：1.福建省 2024 年收支决算表（含目录）\n                             福建省财政厅\n                            2025 年 8 月 14 日\n - 2 -\n附件\n     福建省2024年收支决算表\n         （草案）\n1.2024年度福建省一般公共预算收入决算表\n2.2024年度福建省一般公共预算支出决算表\n项目  预算数  决算数\n税收收入  2100  2230\n非税收入  1300  1385\n",
		trapWant{title: "2024年度福建省财政决算收支情况", province: "福建省", level: govsearch.LevelProvince, docType: "预算报告", year: 2025, date: "2025-08-14"},
	},
	{
		"an outline's title broken after the plan's name, and a range of months in a title (1—6月份), are kept whole", "pb.txt",
		"东莞市国民经济和社会发展\n\n第十四个五年规划和2035年远景目标纲要\n\n(2021年2月6日东莞市第十六届人民代表大会第七次会议审议批准)\n\n本规划纲要根据《中共东莞市委关于制定东莞市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制。\n",
		trapWant{title: "东莞市国民经济和社会发展第十四个五年规划和2035年远景目标纲要", province: "广东省", city: "东莞市", level: govsearch.LevelCity, docType: "五年规划纲要", year: 2021, date: "2021-02-06"},
	},
	{
		"a range of months in a title (2019年1—6月份) is no dash before a tail", "mr2.txt",
		"昆明市呈贡区人民政府\n关于2019年1—6月份国民经济和社会发展\n计划执行情况的报告\n——2019年7月31日在昆明市呈贡区第三届人大常委会\n第二十次会议上\n主任、各位副主任,各位委员:\n我代表区人民政府,报告呈贡区2019年1—6月份国民经济和社会发展计划执行情况,请予审议。\n",
		trapWant{title: "关于2019年1—6月份国民经济和社会发展计划执行情况的报告", province: "云南省", city: "昆明市", district: "呈贡区", level: govsearch.LevelCounty, docType: "国民经济和社会发展计划报告", year: 2019, date: "2019-07-31"},
	},
	{
		"a package's contents, its first entry broken at another place than the title it repeats: the text begins at the title", "ce.txt",
		"目 录\n一、关于 2025 年全市及市本级预算执行情况和 2026 年全市及市本级预算\n草案的报告··········································1\n二、2025 年一般公共预算执行情况和 2026 年一般公共预算草案··········23\n三、地方政府债务情况······························81\n\n- 1 -\n关于 2025 年全市及市本级预算执行情况和\n2026 年全市及市本级预算草案的报告\n——2026 年 1 月 20 日在吴忠市第六届人民代表大会\n第五次会议上\n吴忠市财政局\n各位代表：\n受市人民政府委托，现将2025年全市及市本级预算执行情况和2026年全市及市本级预算草案提请本次会议审议。\n一、2025年财政预算执行情况\n",
		trapWant{title: "关于2025年全市及市本级预算执行情况和2026年全市及市本级预算草案的报告", province: "宁夏回族自治区", city: "吴忠市", level: govsearch.LevelCity, docType: "预算报告", year: 2026, date: "2026-01-20"},
	},
	{
		"a government's name broken before its report's (望花區人民政府 / 工作報告) is part of the title", "wh.txt",
		"望花區人民政府\n工作報告\n——2024年12月28日在望花區第十九屆\n人民代表大會第四次會議上\n區人民政府代理區長 叢 陽\n各位代表:\n現在,我代表區人民政府向大會報告工作,請予審議。\n",
		trapWant{title: "望花区人民政府工作报告", province: "辽宁省", city: "抚顺市", district: "望花区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2024, date: "2024-12-28"},
	},
	{
		"a phrase a spam site injects after the title and into the text is no part of the title", "sp.txt",
		"关于天津市2020年预算执行情况和2021年预算草案的报告生命方舟4攻略\n发布时间:2021-03-03 01:27\n──2021年1月25日在天津市第十七届人民代表大会第五次会议上\n天津市财政局\n各位代表:\n受市人民政府委托,生命方舟4攻略现将我市2020年预算执行情况和2021年预算草案提请大会审议。\n",
		trapWant{title: "关于天津市2020年预算执行情况和2021年预算草案的报告", province: "天津市", level: govsearch.LevelProvince, docType: "预算报告", year: 2021, date: "2021-01-25"},
	},
	{
		"统计的公报 is a communiqué", "so.txt",
		"兴宁市统计局关于2022年国民经济和社会发展统计的公报\n2023-03-20 00:00\n2022年,兴宁坚持稳中求进工作总基调。\n一、综合\n初步核算,全市地区生产总值增长2.1%。\n",
		trapWant{title: "兴宁市统计局关于2022年国民经济和社会发展统计的公报", province: "广东省", city: "梅州市", district: "兴宁市", level: govsearch.LevelCounty, docType: "统计公报", year: 2023, date: "2023-03-20"},
	},
	{
		"a cover's month in Chinese numerals with a letter O and a space (二O 二一年一月) dates an outline over a site's later date", "co.txt",
		"(辽宁省)锦州市凌海市国民经济和社会发展十四五规划(2022年更新)\n\n[可行性研究报告 - 规划计划] 发表于:2022-08-04 11:04:18\n收藏\n前言\n锦州市凌海市国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n详情\n\n凌海市国民经济和社会发展 第十四个五年规划和二O 三五\n\n年远景目标纲要(草案)\n\n凌海市发展和改革局\n\n二O 二一年一月\n\n前 言\n\n“十四五”时期(2021—2025 年)是凌海市开启经济建设新征程的重要机遇期。\n",
		trapWant{title: "锦州市凌海市国民经济和社会发展第十四个五年规划和2035年远景目标纲要", province: "辽宁省", city: "锦州市", district: "凌海市", level: govsearch.LevelCounty, docType: "五年规划纲要", year: 2021},
	},
	{
		"an untitled communiqué written on one line: its first section (。 一、综合 初步核算) inside the line", "ol.txt",
		"2021年是党和国家历史上具有里程碑意义的一年。全县上下坚持稳中求进工作总基调,实现了“十四五”良好开局。  一、综 合  初步核算,2021年全县实现地区生产总值101.12亿元,按可比价格计算,比上年增长8.5%。",
		trapWant{docType: "统计公报"},
	},
	{
		"a notice written on one line: its government's file heading and number, its title, its addressees", "fh.txt",
		"新疆维吾尔自治区人民政府 文件 新政发〔2021〕19号 关于印发2021年自治区国民经济和 社会发展计划及主要指标的通知 伊犁哈萨克自治州,各州、市人民政府,各行政公署,自治区人民政 府各部门、各直属机构: 2021年自治区国民经济和社会发展计划已经自治区第十三 届人大第四次会议审议批准。现将2021年自治区国民经济和 社会发展计划及主要指标印发你们,请据此安排好本地区、本部 门工作。 —1— 附件:1.2021年自治区国民经济和社会发展计划 2.2021年自治区国民经济和社会发展计划主要指标 2021年2月28日 (此件公开发布)",
		trapWant{title: "关于印发2021年自治区国民经济和社会发展计划及主要指标的通知", province: "新疆维吾尔自治区", level: govsearch.LevelProvince, docType: "国民经济和社会发展计划报告", year: 2021},
	},
	{
		"a title broken before the year it plans (…执行情况 / 与2023年…的报告) is one title", "ny.txt",
		"当前位置: 首页 - 归档专题 - 2023新城两会 - 权威发布\n呼和浩特市新城区2022年国民经济和社会发展计划执行情况\n与2023年国民经济和社会发展计划的报告\n发布时间:2023-01-10 15:30 点击量:68\n一、2022年国民经济和社会发展计划执行情况\n今年以来,全区经济稳中向好。\n",
		trapWant{title: "呼和浩特市新城区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划的报告", province: "内蒙古自治区", city: "呼和浩特市", district: "新城区", level: govsearch.LevelCounty, docType: "国民经济和社会发展计划报告", year: 2023, date: "2023-01-10"},
	},
	{
		"meta-58: an outline's cover month over its contents (摘要 … / 2026年5月 / 目  录) dates it", "cm.txt",
		"搜索\n深圳市国民经济和社会发展第十五个五年规划纲要\n05-26 11:30\n读特客户端\n摘要\n推动城市内涵式发展，现代化人民城市建设取得重要进展\n2026年5月\n目  录\n前  言\n第一章  中国式现代化深圳实践迈出坚实步伐\n第一节 “十四五”发展成就\n前  言\n“十五五”时期是深圳基本实现社会主义现代化的关键时期。\n",
		trapWant{title: "深圳市国民经济和社会发展第十五个五年规划纲要", province: "广东省", city: "深圳市", level: govsearch.LevelCity, docType: "五年规划纲要", year: 2026},
	},
	{
		"meta-58: a page's metadata title written with markup (杭州市人民政府<br>关于印发…) is read as one line of text", "br.html",
		"<html><head><meta name=\"ArticleTitle\" content=\"杭州市人民政府<br>\n关于印发杭州市国民经济和社会发展<br>\n第十五个五年规划纲要的通知\"><meta name=\"PubDate\" content=\"2026-04-14 20:08\"></head><body><p>杭政〔2026〕5号</p><p>各区、县（市）人民政府，市政府各部门：</p><p>现将《杭州市国民经济和社会发展第十五个五年规划纲要》印发给你们，请认真贯彻执行。</p><p>杭州市人民政府</p><p>2026年4月10日</p></body></html>",
		trapWant{title: "杭州市人民政府关于印发杭州市国民经济和社会发展第十五个五年规划纲要的通知", province: "浙江省", city: "杭州市", level: govsearch.LevelCity, docType: "五年规划纲要", year: 2026, date: "2026-04-10"},
	},
	{
		"meta-58: a functional zone of Shenzhen that issued its own reports before it became a district (光明新区)", "gm.txt",
		"首页 > 信息公开 > 政府信息公开 > 工作报告\n\n光明新区2016年政府工作报告\n\n日期:2016年 02月 16日    信息来源: 光明新区\n\n同志们:\n\n  根据会议安排,我代表新区管委会向大会报告工作。\n\n  2015年工作回顾\n\n  2015年,光明新区管委会在市委市政府和新区党工委的正确领导下,全力以赴抓改革。\n",
		trapWant{title: "光明新区2016年政府工作报告", province: "广东省", city: "深圳市", district: "光明新区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2016, date: "2016-02-16"},
	},
	{
		"meta-60: a budget's compilation month over its contents is no outline's cover: the page's date stays (a department's budget is a budget report since meta-289, as readers type one)", "cm2.txt",
		"城固县教育局2024年部门预算\n发布时间：2024-02-05\n公开说明\n2023年12月\n目  录\n第一部分 城固县教育局概况\n一、主要职责\n第一部分 城固县教育局概况\n一、主要职责\n城固县教育局负责全县教育工作。\n",
		trapWant{title: "城固县教育局2024年部门预算", province: "陕西省", city: "汉中市", district: "城固县", level: govsearch.LevelCounty, docType: "预算报告", year: 2024, date: "2024-02-05"},
	},
	{
		"meta-60: the speaker's line over the salutation, with two posts (副秘书长、…局长 陈建华), is no title; the plan report says what it is", "sp.txt",
		"——2025年2月25日在汕尾市第八届\n人民代表大会第六次会议上\n汕尾市人民政府副秘书长、市发展和改革局局长 陈建华\n各位代表:\n我受市政府委托,向大会报告全市2024年国民经济和社会发展计划执行情况与2025年计划草案,请予审议。\n一、2024年国民经济和社会发展计划执行情况\n2024年,我市坚持稳中求进。\n",
		trapWant{province: "广东省", city: "汕尾市", level: govsearch.LevelCity, docType: "国民经济和社会发展计划报告", year: 2025, date: "2025-02-25"},
	},
	{
		"meta-60: a field line labelled 所在地区 gives the page's date beside it (发布日期: 2024年5月14日)", "loc.txt",
		"专注建筑行业二十年\n\n政府工作报告\n\n所在地区: 山西-长治-城区 发布日期: 2024年5月14日\n建设快讯正文\n\n区长 柴 哲各位代表:现在,我代表区人民政府,向大会报告工作,请予审议。2023年工作回顾一年来,潞城发展取得新成效,全区上下团结奋进,全区经济增长,全区财政增长,潞城区生产总值增长,潞城区投资增长,潞城区工业增长。\n",
		trapWant{title: "政府工作报告", province: "山西省", city: "长治市", district: "潞城区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2024, date: "2024-05-14"},
	},
	{
		"meta-60: a notice with its number in brackets before its title ((新政发〔2017〕1号)区人民政府关于印发…的通知) keeps its title over the report's", "dn.txt",
		"(新政发〔2017〕1号)区人民政府关于印发政府工作报告的通知\n栏目:政策文件 发布时间:2018-12-08\n(新政发〔2017〕1号)区人民政府关于印发政府工作报告的通知\n各镇人民政府,各街道办事处,区人民政府各部门:\n《政府工作报告》已经区五届人民代表大会第一次会议审议通过,现印发给你们,请认真组织学习。\n武汉市新洲区人民政府\n2017年1月26日\n政府工作报告\n——2016年12月20日在武汉市新洲区第五届人民代表大会第一次会议上\n代区长  赵利洪\n各位代表:\n现在,我代表区人民政府,向大会报告工作。\n",
		trapWant{title: "区人民政府关于印发政府工作报告的通知", province: "湖北省", city: "武汉市", district: "新洲区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2016, date: "2016-12-20"},
	},
	{
		"meta-62: a short page written on one line, four runs of spaces apart (title  (date)  一、综 合  …), is split at them: its date is read", "ol4.txt",
		"2024年江西省宜春市国民经济和社会发展统计公报  (2025年4月26日)  一、综 合  初步核算,全年实现地区生产总值3711.05亿元,按可比价计算,同比增长6.1%。其中,第一产业增加值378.40亿元,增长4.1%;第二产业增加值1463.68亿元,增长7.2%;第三产业增加值1868.98亿元,增长5.5%。  二、农 业  全年粮食总产量增长1.2%。",
		trapWant{title: "2024年江西省宜春市国民经济和社会发展统计公报", province: "江西省", city: "宜春市", level: govsearch.LevelCity, docType: "统计公报", year: 2025, date: "2025-04-26"},
	},
	{
		"meta-63: a meeting line without 在, wrapped, its 次 lost (——2023年1月10日安丘市第十九届 / 人民代表大会第二会议上), dates the report", "nz.txt",
		"——2023年1月10日安丘市第十九届\n人民代表大会第二会议上\n安丘市人民政府市长 乔日升\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n一、2022年工作回顾\n2022年是安丘发展史上极具挑战的一年。\n",
		trapWant{title: "政府工作报告", province: "山东省", city: "潍坊市", district: "安丘市", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2023, date: "2023-01-10"},
	},
	{
		"meta-63: an untitled reworded copy presenting the report with 做 (向大会做政府工做报告) is a work report", "zuo.txt",
		"2024年1月30日正在金华市第八届人民代表大会第四次集会上 金华市代市长 张 健 各位代表: 如今,我代表金华市人民政府,向大会做政府工做报告,请予审议。 一、2023年工做回想 2023年是金华展开史上具有里程碑意义的一年。\n",
		trapWant{title: "政府工作报告", province: "浙江省", city: "金华市", level: govsearch.LevelCity, docType: "政府工作报告", year: 2024, date: "2024-01-30"},
	},
	{
		"meta-63: a headline ending 《政府工作报告》全文: is the report's title (its year no date: a reader of an unseen fixture said so)", "qw.txt",
		"2014年泉州市《政府工作報告》全文:\n穩中求進 改革創新\n鄭新聰市長在市第十五屆人大四次會議上的《政府工作報告》(摘登)\n2013年政府工作回顧\n2013年,在省委、省政府和市委的堅強領導下,我市各級政府全力以赴保穩、求進、攻堅。\n",
		trapWant{title: "2014年泉州市《政府工作报告》", province: "福建省", city: "泉州市", level: govsearch.LevelCity, docType: "政府工作报告"},
	},
	{
		"meta-63: an untitled text opening with a plan's contents, chapters and their sections, is a five-year plan outline", "toc.txt",
		"目录\n第一章发展回顾\n第一节经济保持中高速增长\n第二节产业结构持续优化\n第三节基础设施日趋完善\n第二章发展环境\n第一节重要机遇\n第二节面临挑战\n第三章发展思路\n第一节指导思想\n第二节发展定位\n第三节发展战略\n第四节发展目标\n第五节二〇三五年远景目标\n第四章著力构建新发展格局\n第一节优化产业格局\n",
		trapWant{docType: "五年规划纲要"},
	},
	{
		"meta-63: an outline's title that lost a character (…第十三个五年 / 划纲要) is an outline", "lost.txt",
		"洪江市国民经济和社会发展第十三个五年\n 划  纲  要\n洪江市国民经济和社会发展第十三个五年(2016-2020年)规划纲要,是按照党中央、省委、怀化市委要求编制的,主要阐明全市“十三五”期间的发展目标。\n",
		trapWant{title: "洪江市国民经济和社会发展第十三个五年划纲要", province: "湖南省", city: "怀化市", district: "洪江市", level: govsearch.LevelCounty, docType: "五年规划纲要"},
	},
	{
		"meta-63: a notice on one line, its number and addressees after its title, keeps its title", "nn.txt",
		"关于印发珠海市2009年国民经济和社会发展计划执行情况与2010年计划的通知 珠府〔2010〕40号 横琴新区管委会,各区政府(管委会),市府直属各单位: 《珠海市2009年国民经济和社会发展计划执行情况与2010年计划》已经市人大七届五次会议审议通过,现印发给你们,请认真贯彻执行。 珠海市人民政府 二○一○年三月十六日 珠海市2009年国民经济和社会发展计划 执行情况与2010年计划 2009年是珠海建市以来经济发展最为困难的一年。\n",
		// Its signing day run on after the closing (meta-107).
		trapWant{title: "关于印发珠海市2009年国民经济和社会发展计划执行情况与2010年计划的通知", province: "广东省", city: "珠海市", level: govsearch.LevelCity, docType: "国民经济和社会发展计划报告", year: 2010, date: "2010-03-16"},
	},
	{
		"meta-63: a plan report in traditional script names its plan 計畫", "jh.txt",
		"珠海市金灣區2009年上半年國民經濟和社會發展計畫執行情況報告\n主任、副主任、各位委員:\n我受區人民政府委託,向大會報告我區2009年上半年國民經濟和社會發展計畫執行情況,請予審議。\n一、2009年上半年國民經濟和社會發展計畫執行情況\n",
		trapWant{title: "珠海市金湾区2009年上半年国民经济和社会发展计划执行情况报告", province: "广东省", city: "珠海市", district: "金湾区", level: govsearch.LevelCounty, docType: "国民经济和社会发展计划报告"},
	},
	{
		"meta-63: an untitled plan report saying 受县政府委托，将我县…经济社会发展计划执行情况报告如下", "jb.txt",
		"—2015年9月2日在县十四届人大常委会第23次会议上\n西平县发展和改革委员会主任 张玉东\n尊敬的常委会各位组成人员:\n下面,我受县政府委托,将我县今年上半年经济社会发展计划执行情况报告如下,请予审议。\n今年以来,全县上下认真贯彻落实市委、市政府各项决策部署。\n",
		trapWant{province: "河南省", city: "驻马店市", district: "西平县", level: govsearch.LevelCounty, docType: "国民经济和社会发展计划报告", year: 2015, date: "2015-09-02"},
	},
	{
		"meta-63: a story's headline over the report that presents itself is a work report", "st.txt",
		"苏州姑苏区2021年政府工作报告发布\n江苏 > 苏州 > 姑苏区 > 正文\n2021年1月13日,苏州市姑苏区第二届人民代表大会第五次会议在区行政中心开幕。\n苏州姑苏区2021年政府工作报告发布\n政 府 工 作 报 告\n——2021年1月13日在区二届人大五次会议上\n代区长  沈志栋\n各位代表:\n现在,我代表姑苏区人民政府,向大会报告工作,请予审议。\n一、2020年工作回顾\n",
		trapWant{title: "苏州姑苏区2021年政府工作报告发布", province: "江苏省", city: "苏州市", district: "姑苏区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2021, date: "2021-01-13"},
	},
	{
		"meta-63: a title line that lost its first character (府 工 作 報 告) names the work report", "lf.txt",
		"府 工 作 報 告\n——2020年5月28日在梅州市梅江區第八屆人民代表大會第五次會議上\n梅江區人民政府區長 張三\n各位代表:\n現在,我代表區人民政府向大會報告工作,請予審議。\n",
		trapWant{title: "政府工作报告", province: "广东省", city: "梅州市", district: "梅江区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2020, date: "2020-05-28"},
	},
	{
		"meta-64: a slogan over its report's name after a dash (…而努力奋斗 ——政府工作报告摘登) is the title", "zd.txt",
		"坚决打赢疫情防控阻击战 决战决胜脱贫攻坚战为加快建设城乡统筹新海东而努力奋斗 ——政府工作报告摘登\n砥砺初心\n2019年,在市委的坚强领导下,市人民政府圆满完成了市二届人大六次会议确定的主要目标任务。\n",
		// What it strives for, the own city made new (新海东而努力奋斗), names
		// its place since meta-118.
		trapWant{title: "坚决打赢疫情防控阻击战决战决胜脱贫攻坚战为加快建设城乡统筹新海东而努力奋斗 ——政府工作报告摘登", province: "青海省", city: "海东市", level: govsearch.LevelCity, docType: "政府工作报告"},
	},
	{
		"meta-64: a zone by its short name (烟台高新区) is filed under the gazetteer's full name", "gx.txt",
		"2024年烟台高新区国民经济和社会发展统计公报\n2024年,在区工委、管委的坚强领导下,全区上下认真贯彻党的二十大精神。\n一、综合\n根据地区生产总值统一核算结果,全年实现地区生产总值增长6%。\n",
		trapWant{title: "2024年烟台高新区国民经济和社会发展统计公报", province: "山东省", city: "烟台市", district: "烟台高新技术产业开发区", level: govsearch.LevelCounty, docType: "统计公报"},
	},
	{
		"meta-64: an untitled final account opening 一、2021年全市财政决算基本情况 is a budget report", "js.txt",
		"——2022年10月10日在市八届人大常委会第五次会议上\n三亚市人民政府\n一、2021年全市财政决算基本情况\n2021年,全市预算执行平稳有序,超额完成全市地方一般公共预算收入预期目标。\n(一)全市一般公共预算收支决算情况\n",
		trapWant{province: "海南省", city: "三亚市", level: govsearch.LevelCity, docType: "预算报告", year: 2022, date: "2022-10-10"},
	},
	{
		"meta-64: a county name two cities have (新城区) is the one in an autonomous region when the text speaks of 自治区", "xc.txt",
		"政 府 工 作 报 告\n——2012年11月26日在新城区第十六届人民代表大会第一次会议上\n新城区人民政府区长 薛燕群\n各位代表:\n现在,我代表新城区人民政府向大会作工作报告,请予审议。\n过去五年工作回顾\n为早日建成自治区综合实力强区而努力奋斗。\n",
		trapWant{title: "政府工作报告", province: "内蒙古自治区", city: "呼和浩特市", district: "新城区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2012, date: "2012-11-26"},
	},
	{
		"meta-64: a county name two cities have (宝山区) is decided by the site's name in the page's title", "bs.txt",
		"2017年宝山区国民经济和社会发展统计公报_统计数据_上海市宝山区人民政府门户网站\n2017年宝山区国民经济和社会发展统计公报\n信息来源: 区统计局 发布时间 2018-04-04\n2017年是“十三五”规划实施的基础之年,全区上下积极作为。\n一、综合\n",
		trapWant{title: "2017年宝山区国民经济和社会发展统计公报", province: "上海市", city: "上海市", district: "宝山区", level: govsearch.LevelCounty, docType: "统计公报", year: 2018, date: "2018-04-04"},
	},
	{
		"meta-64: a title opening with its year in Chinese numerals (二〇〇八年辽宁省…) keeps it", "cn.txt",
		"二〇〇八年辽宁省国民经济和社会发展统计公报\n辽宁省统计局 国家统计局辽宁调查总队\n发布时间:2009年02月26日\n根据年快报初步统计,现将2008年全省国民经济和社会发展情况公报如下:\n一、综合\n",
		trapWant{title: "二〇〇八年辽宁省国民经济和社会发展统计公报", province: "辽宁省", level: govsearch.LevelProvince, docType: "统计公报", year: 2009, date: "2009-02-26"},
	},
	{
		"meta-64: an office's name (…调查监测中心) over an untitled communiqué is no headline", "jc.txt",
		"吕梁市统计局\n国家统计局吕梁调查队\n山西省统计局吕梁市调查监测中心\n(2008年3月)\n2007年是吕梁市全面落实科学发展观的重要之年。\n一、综合\n国民经济高位平稳运行。初步测算,全市地区生产总值增长15%。\n",
		trapWant{province: "山西省", city: "吕梁市", level: govsearch.LevelCity, docType: "统计公报", year: 2008},
	},
	{
		"meta-64: 幸福河口袋公园 is a park, no slogan on 河口 (口袋 is the word): a district's text that names no place of its own gets none", "kd.txt",
		"区长 窦小华\n各位代表:\n现在,我代表区人民政府,向大会报告工作,请予审议。\n一、2022年工作回顾\n区九届人大一次会议以来,我们认真学习贯彻习近平总书记视察湖北重要讲话精神。基础设施全面开工,以幸福河口袋公园为代表的一批项目建成。\n",
		trapWant{title: "政府工作报告", docType: "政府工作报告", province: "湖北省", level: govsearch.LevelCounty}, // meta-80: the province whose inspection speech it follows
	},
	{
		"meta-165: 乾 is a simplified character too (乾县, 乾安县): folding it to 干 lost the county and mangled the title", "qian.txt",
		"乾县2020年政府工作报告\n——2020年1月10日在乾县第十八届人民代表大会第五次会议上\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n",
		trapWant{title: "乾县2020年政府工作报告", province: "陕西省", city: "咸阳市", district: "乾县", level: "county", docType: "政府工作报告", year: 2020, date: "2020-01-10"},
	},
	{
		"meta-65: an outline's contents whose part and chapter open with a quote (第一篇 “十二五”发展回顾) is an outline; meta-164: its name cut before the period, over the approval line, is its title and places it", "ol.txt",
		"会员登录\n锡林郭勒盟国民经济和社会发展\n2016年4月23日中国共产党锡林郭勒盟委员会2016年第7次委员会议审议批准\n目 录\n第一篇 “十二五”发展回顾与“十三五”发展思路\n第一章 “十二五”发展回顾\n第一节 主要成效\n第二节 存在问题\n",
		trapWant{title: "锡林郭勒盟国民经济和社会发展", province: "内蒙古自治区", city: "锡林郭勒盟", level: "city", docType: "五年规划纲要", year: 2016, date: "2016-04-23"},
	},
	{
		"meta-65: an untitled text opening with the period it plans (“十二五”时期是全盟…) is an outline", "pf.txt",
		"“十二五”时期是全盟深入贯彻落实科学发展观、加快转变发展方式的重要战略机遇期,是实现到2015年经济社会发展目标的关键阶段。\n一、“十一五”发展成就\n",
		trapWant{province: "内蒙古自治区", level: govsearch.LevelCity, docType: "五年规划纲要"},
	},
	{
		"meta-65: an untitled text that says it draws up the outline (特制定《…第十二个五年规划纲要) is an outline", "zd.txt",
		"2011——2015年,是我市产业结构调整与经济转型升级的关键阶段。为明确未来五年发展战略与目标,特制定《海城市国民经济与社会发展第十二个五年规划纲要。\n一、“十一五”发展成果\n",
		trapWant{province: "辽宁省", city: "鞍山市", district: "海城市", level: govsearch.LevelCounty, docType: "五年规划纲要"},
	},
	{
		"meta-65: a city's 经济和社会发展十一五规划 (without 国民 and 纲要) is its outline", "sy.txt",
		"驻马店市经济和社会发展十一五规划\n2006至2010年,是全面建设小康社会的关键时期。\n",
		trapWant{title: "驻马店市经济和社会发展十一五规划", province: "河南省", city: "驻马店市", level: govsearch.LevelCity, docType: "五年规划纲要"},
	},
	{
		"meta-65: a county named by an ordinary word (城区) is read with its city before it (晋城市城区)", "cq.txt",
		"2024年晋城市城区政府工作报告\n2024年2月28日在晋城市城区第十七届人民代表大会第四次会议上\n各位代表:\n现在,我代表区人民政府向大会报告工作,请予审议。\n",
		trapWant{title: "2024年晋城市城区政府工作报告", province: "山西省", city: "晋城市", district: "城区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2024, date: "2024-02-28"},
	},
	{
		"meta-65: an editor's placeholder title (无标题文档) and a column over the plan's own title are no part of it", "wb.txt",
		"无标题文档\n发展规划\n凌海市国民经济和社会发展第十三个五年规划纲要\n时间:2017-07-21 来源: 作者:\n第一章 发展背景\n",
		trapWant{title: "凌海市国民经济和社会发展第十三个五年规划纲要", province: "辽宁省", city: "锦州市", district: "凌海市", level: govsearch.LevelCounty, docType: "五年规划纲要", year: 2017, date: "2017-07-21"},
	},
	{
		"meta-65: a site's name alone and its breadcrumb run together (黔江政府网信息公开政府工作报告) are no title", "qj.txt",
		"黔江政府网\n导航\n黔江政府网信息公开政府工作报告\n2015年黔江区人民政府工作报告\n重庆市黔江区人民政府工作报告\n--2015年2月3日在重庆市黔江区第三届人民代表大会第五次会议上\n各位代表:\n现在,我代表重庆市黔江区人民政府,向大会报告工作,请予审议。\n",
		trapWant{title: "重庆市黔江区人民政府工作报告", province: "重庆市", city: "重庆市", district: "黔江区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2015, date: "2015-02-03"},
	},
	{
		"meta-65: a page's number glued to a title (政 府 工 作 报 告080102) is no part of it", "gn.txt",
		"政 府 工 作 报 告080102\n时间:2024.5.14\n20xx年1月24日在长兴县第十四届人民代表大会第二次会议上\n各位代表:\n现在,我代表县人民政府向大会作工作报告,请予审议。\n",
		trapWant{title: "政府工作报告", province: "浙江省", city: "湖州市", district: "长兴县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2024, date: "2024-05-14"},
	},
	{
		"meta-66: an outline's title broken after its ordinal (…第十四个 / 五年规划和2035年远景目标纲要) is joined", "bk.txt",
		"乌鲁木齐市国民经济和社会发展第十四个\n五年规划和2035年远景目标纲要\n(2021年1月14日乌鲁木齐市第十六届\n人民代表大会第五次会议通过)\n第一章 发展基础和环境\n",
		trapWant{title: "乌鲁木齐市国民经济和社会发展第十四个五年规划和2035年远景目标纲要", province: "新疆维吾尔自治区", city: "乌鲁木齐市", level: govsearch.LevelCity, docType: "五年规划纲要", year: 2021, date: "2021-01-14"},
	},
	{
		"meta-66: an outline's title a site cut after its ordinal (…国民经济和社会发展第十四个) still names an outline", "ct.txt",
		"天津市滨海新区国民经济和社会发展第十四个\n发布时间:2021-12-16 | 杂志分类:其他\n免费制作\n— 4 —进北京项目 3283 个,协议投资额超过 9100 亿元。\n",
		trapWant{title: "天津市滨海新区国民经济和社会发展第十四个", province: "天津市", city: "天津市", district: "滨海新区", level: govsearch.LevelCounty, docType: "五年规划纲要", year: 2021, date: "2021-12-16"},
	},
	{
		"meta-66: an untitled text opening 我县国民经济和社会发展第十一个五年规划,是… is an outline", "wx.txt",
		"我县国民经济和社会发展第十一个五年规划,是党中央提出科学发展观之后的第一个五年规划,是全面建设小康社会过程中具有基础性战略地位的中期规划。\n第一章发展基础和宏观环境\n",
		trapWant{docType: "五年规划纲要"},
	},
	{
		"meta-66: the Corps's name over its communiqué's title (新疆生产建设兵团 / 2019年…统计公报) is part of the title", "bt.txt",
		"新疆生产建设兵团\n2019年国民经济和社会发展统计公报\n新疆生产建设兵团统计局\n国家统计局兵团调查总队\n2019年,兵团上下坚持以习近平新时代中国特色社会主义思想为指导。\n一、综合\n",
		trapWant{title: "新疆生产建设兵团2019年国民经济和社会发展统计公报", province: "新疆维吾尔自治区", level: govsearch.LevelProvince, docType: "统计公报"},
	},
	{
		"meta-67 (review): a zone's short name is filed under the gazetteer's name of that zone (邢台经开区 → 河北邢台经济开发区), never a made-up one", "r1.txt",
		"2023年邢台经开区国民经济和社会发展统计公报\n一、综合\n初步核算,全区地区生产总值增长5%。\n",
		trapWant{title: "2023年邢台经开区国民经济和社会发展统计公报", province: "河北省", city: "邢台市", district: "河北邢台经济开发区", level: govsearch.LevelCounty, docType: "统计公报"},
	},
	{
		"meta-67 (review): 节省政府运行成本 is no province's organ: 和平区 stays undecided between 天津 and 沈阳", "r2.txt",
		"政府工作报告\n——2024年1月10日在和平区第十八届人民代表大会第四次会议上\n各位代表:\n现在,我代表区人民政府向大会报告工作。\n节省政府运行成本,与河北省政府签署合作协议。\n",
		trapWant{title: "政府工作报告", district: "和平区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2024, date: "2024-01-10"},
	},
	{
		"meta-67 (review): 新疆自治区 named informally is no region of the text's own: 新城区 stays undecided", "r3.txt",
		"政府工作报告\n——2012年11月26日在新城区第十六届人民代表大会第一次会议上\n各位代表:\n现在,我代表新城区人民政府向大会作工作报告。\n对口支援新疆自治区,学习广西自治区经验。\n",
		trapWant{title: "政府工作报告", district: "新城区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2012, date: "2012-11-26"},
	},
	{
		"meta-67 (review): 平安长兴建设 is a slogan on 长兴 (建设 a word of its own, though 兴建 is one too)", "r4.txt",
		"政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作。\n深入推进平安长兴建设,美丽长兴建设取得成效。\n",
		trapWant{title: "政府工作报告", province: "浙江省", city: "湖州市", district: "长兴县", level: govsearch.LevelCounty, docType: "政府工作报告"},
	},
	{
		"meta-67 (review): an untitled city report that names its city only in 晋城市城区 is still the city's", "r5.txt",
		"——2024年2月28日在市第八届人民代表大会第四次会议上\n各位代表:\n现在,我代表市人民政府,向大会报告工作。\n晋城市城区人口达到50万,全市经济稳步增长。\n",
		trapWant{title: "政府工作报告", province: "山西省", city: "晋城市", level: govsearch.LevelCity, docType: "政府工作报告", year: 2024, date: "2024-02-28"},
	},
	{
		"meta-67 (review): a story headlined …政府工作报告发布 that quotes the presenting sentence, not under a salutation, is no report", "r6.txt",
		"某市2023年政府工作报告发布\n记者 张三\n现在,我代表市人民政府,向大会报告工作\n会议听取了报告。\n",
		trapWant{title: "某市2023年政府工作报告发布", docType: "其他"},
	},
	{
		"meta-67 (review): a party committee's proposals opening “十四五”时期是… are no outline", "r7.txt",
		"“十四五”时期是我市全面建设社会主义现代化的关键时期。\n市委提出以下建议。\n一、全面建成小康社会\n",
		trapWant{docType: "其他"},
	},
	{
		"meta-67 (review): a spatial plan's contents (第一章 规划总则 …, 2035年远景目标) are no outline's", "r8.txt",
		"目录\n第一章 规划总则\n第一节 规划目的\n第二节 规划范围\n第三节 规划期限\n第二章 目标定位\n第一节 发展目标\n第二节 2035年远景目标\n第三章 国土空间格局\n第一节 开发保护格局\n",
		trapWant{docType: "其他"},
	},
	{
		"meta-67 (review): a report on an outline's mid-term review is no outline", "r9.txt",
		"关于某市国民经济和社会发展第十三个五年规划纲要实施中期评估的报告\n正文\n",
		trapWant{title: "关于某市国民经济和社会发展第十三个五年规划纲要实施中期评估的报告", docType: "其他"},
	},
	{
		"meta-67 (review): an area's development plan (少数民族地区经济社会发展十四五规划) is no outline", "r10.txt",
		"某县少数民族地区经济社会发展十四五规划\n正文\n",
		trapWant{title: "某县少数民族地区经济社会发展十四五规划", docType: "其他"},
	},
	{
		"meta-67 (review): a committee's inquiry into a plan's execution (…计划执行情况的调研报告) is no plan report", "r11.txt",
		"关于2023年上半年经济社会发展计划执行情况的调研报告\n正文\n",
		trapWant{title: "关于2023年上半年经济社会发展计划执行情况的调研报告", docType: "其他"},
	},
	{
		"meta-67 (review): a site's annual report on information disclosure keeps its title (…门户网站政府信息公开工作年度报告)", "r12.txt",
		"晋城市人民政府门户网站政府信息公开工作年度报告\n一、总体情况\n2023年,市政府认真贯彻落实《政府信息公开条例》。\n",
		trapWant{title: "晋城市人民政府门户网站政府信息公开工作年度报告", province: "山西省", city: "晋城市", level: govsearch.LevelCity, docType: "其他"},
	},
	{
		"meta-67 (round 5): a report asking the standing committee to approve the accounts (关于提请批准…决算草案的报告) is a budget report", "m1.txt",
		"关于提请批准2021年清流县本级财政决算草案的报告\n清流县人民政府\n（2022年7月）\n主任、各位副主任，各位委员：\n受县人民政府委托，现向县十八届人大常委会第四次会议报告2021年县本级财政决算情况，请予审议。\n",
		trapWant{title: "关于提请批准2021年清流县本级财政决算草案的报告", province: "福建省", city: "三明市", district: "清流县", level: govsearch.LevelCounty, docType: "预算报告", year: 2022},
	},
	{
		"meta-67 (round 5): a screen reader's hint over the title (正文内容区域请使用tab按钮切换浏览) is furniture", "m2.txt",
		"正文内容区域请使用tab按钮切换浏览\n普陀区2021年上半年国民经济和社会发展计划执行情况\n一、上半年计划执行基本情况\n今年是实施“十四五”规划的开局之年。在市委、市政府和区委的坚强领导下，全区深入学习贯彻习近平总书记考察上海重要讲话精神。\n",
		trapWant{title: "普陀区2021年上半年国民经济和社会发展计划执行情况", province: "上海市", city: "上海市", district: "普陀区", level: govsearch.LevelCounty, docType: "国民经济和社会发展计划报告"},
	},
	{
		"meta-67 (round 5): the last line of a title broken over lines is no own title under the page's listing of it", "m3.txt",
		"新会区2017年国民经济和社会发展计划执行情况与2018年计划草案的报告\n来源：新会 发布日期：2018-01-23\n新会区2017年国民经济和社会发展\n计划执行情况与2018年计划\n草案的报告\n——2018123日在新会区第十五届\n人民代表大会第三次会议上\n新会区发展和改革局局长  李协民\n各位代表：\n我受区人民政府委托，向大会报告新会区2017年国民经济和社会发展计划执行情况与2018年计划草案，请予审查。\n",
		trapWant{title: "新会区2017年国民经济和社会发展计划执行情况与2018年计划草案的报告", province: "广东省", city: "江门市", district: "新会区", level: govsearch.LevelCounty, docType: "国民经济和社会发展计划报告", year: 2018},
	},
	{
		"meta-67 (round 5): a communiqué's office and bracketed date with the text run on after them date it", "m4.txt",
		"玉溪市红塔区2008年国民经济和社会发展统计公报\n红塔区统计局 (2009年3月5日) 2008年，在区委、区政府的正确领导下，全区经济运行良好。 初步核算，2008年我区生产总值341亿元。\n",
		trapWant{title: "玉溪市红塔区2008年国民经济和社会发展统计公报", province: "云南省", city: "玉溪市", district: "红塔区", level: govsearch.LevelCounty, docType: "统计公报", year: 2009, date: "2009-03-05"},
	},
	{
		"meta-67 (round 5): 青岛西海岸新区 is 黄岛区, whose government runs it", "m5.txt",
		"青岛西海岸新区2022年国民经济和社会发展统计公报\n青岛西海岸新区统计局\n2023年3月20日\n一、综合\n初步核算，全年全区生产总值4500亿元。\n",
		trapWant{title: "青岛西海岸新区2022年国民经济和社会发展统计公报", province: "山东省", city: "青岛市", district: "黄岛区", level: govsearch.LevelCounty, docType: "统计公报", year: 2023, date: "2023-03-20"},
	},
	{
		"meta-67 (round 5): a report set as an official document under the page's listing (issuer / 关于… / the day a meeting adopted it) keeps its own title", "m6.txt",
		"2023年城中区政府本级决算公开\n柳州市城中区人民政府\n关于2023年度本级决算的报告\n(2024年8月23日城中区第十三届人大常委会第二十次会议通过)\n城中区人大常委会：\n现我受城中区人民政府委托，向本次常委会作2023年城中区本级决算的报告，请予审查、批准。\n",
		trapWant{title: "柳州市城中区人民政府关于2023年度本级决算的报告", province: "广西壮族自治区", city: "柳州市", district: "城中区", level: govsearch.LevelCounty, docType: "预算报告", year: 2024, date: "2024-08-23"},
	},
	{
		"meta-67 (round 5): a lead naming the report in full with its meeting line gives the report's name", "m7.txt",
		"日前，发改委发布关于四川省2020年国民经济和社会发展计划执行情况及2021年计划草案的报告(2021年1月30日在四川省第十三届人民代表大会第四次会议上)，在重点工作中提到，加快发展绿色。\n各位代表：\n受省人民政府委托，现将2020年国民经济和社会发展计划执行情况及2021年计划草案提请省十三届人大四次会议审议。\n",
		trapWant{title: "关于四川省2020年国民经济和社会发展计划执行情况及2021年计划草案的报告", province: "四川省", level: govsearch.LevelProvince, docType: "国民经济和社会发展计划报告", year: 2021, date: "2021-01-30"},
	},
	{
		"meta-68 (round 6): the report's own name broken over lines over its meeting line wins over the page's headline for it", "n1.txt",
		"关于2024年财政决算及 2025年上半年预算执行情况报告及附件公开\n  • 发文机构：上海市长宁区财政局\n  • 发布日期：2025-09-05\n关于长宁区2024年财政决算及\n\n2025年上半年预算执行情况的报告\n\n——2025年8月28日在长宁区第十七届人民代表大会第三十二次会议审议通过\n\n现在，长宁区2024年财政决算及2025年上半年预算执行情况的报告已经汇编完成，相关情况报告如下\n一、2024财政决算情况\n",
		trapWant{title: "关于长宁区2024年财政决算及2025年上半年预算执行情况的报告", province: "上海市", city: "上海市", district: "长宁区", level: govsearch.LevelCounty, docType: "预算报告", year: 2025, date: "2025-08-28"},
	},
	{
		"meta-68 (round 6): a site's name and address, then its labelled date, date the page", "n4.txt",
		"关于2011年省级一般预算(草案)的说明\n\n河南省人民政府门户网站 www.henan.gov.cn 时间:2011-03-09 10:27 来源:省财政厅\n\n  一、2011年预算安排的基本原则\n  （一）积极稳妥，收支平衡。\n",
		trapWant{title: "关于2011年省级一般预算(草案)的说明", province: "河南省", level: govsearch.LevelProvince, docType: "预算报告", year: 2011, date: "2011-03-09"},
	},
	{
		"meta-68 (round 6): a congress's label for its papers, its number cut (会议文件(20), is no part of the title under it", "n5.txt",
		"2019年政府工作报告及图解\n发布日期: 2019-01-18 15:20:05 点击率:\n区七届人大三次会议文件(20\n政府工作报告\n2019116日在拱墅区第七届人民代表大会第三次会议上)\n拱墅区人民政府区长\n各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "政府工作报告", province: "浙江省", city: "杭州市", district: "拱墅区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2019},
	},
	{
		"meta-68 (round 6): a meeting date that lost its 年 (202312月28日) dates the report", "n6.txt",
		"2024年 政府工作报告\n发布时间:2024-01-23 浏览次数:1530\n——202312月28日在盘锦市双台子区第届人民代表大会次会议上\n盘锦市双台子区人民政府区长  盖世功\n各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n",
		trapWant{title: "2024年政府工作报告", province: "辽宁省", city: "盘锦市", district: "双台子区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2023, date: "2023-12-28"},
	},
	{
		"meta-68 (round 6): a short page's labelled date among its last lines is no signature's but its publication date (a title's year is no date)", "n7.txt",
		"【河西区招商引资】2014年天津市河西区政府工作报告\n政府工作报告\n所属地区:天津\n发布日期:2025年08月06日\n2014年天津市河西区政府工作报告2013年主要工作回顾\n过去的一年，在市委、市政府和区委的正确领导下，区政府圆满完成全年目标任务。\n",
		trapWant{title: "2014年天津市河西区政府工作报告", province: "天津市", city: "天津市", district: "河西区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2025, date: "2025-08-06"},
	},
	{
		"meta-69 (review): a page's publication date among its last lines still dates a communiqué", "v2.txt",
		"石门县2022年国民经济和社会发展统计公报\n一、综合\n初步核算，全年全县生产总值300亿元，比上年增长5.0%。\n二、农业\n全年粮食产量30万吨。\n发布日期:2023-03-20\n",
		trapWant{title: "石门县2022年国民经济和社会发展统计公报", province: "湖南省", city: "常德市", district: "石门县", level: govsearch.LevelCounty, docType: "统计公报", year: 2023, date: "2023-03-20"},
	},
	{
		"meta-69 (review): a heading that leaves out the place gives way to the page's headline that names it", "v3.txt",
		"关于东湖区2023年预算执行情况与2024年预算草案的报告\n发布日期：2024-01-20\n关于2023年预算执行情况与\n2024年预算草案的报告\n——2024年1月5日在区第十七届人民代表大会第三次会议上\n区财政局局长 张三\n各位代表：\n受区人民政府委托，现将2023年预算执行情况与2024年预算草案提请大会审议，并请区政协委员和列席人员提出意见。\n",
		trapWant{title: "关于东湖区2023年预算执行情况与2024年预算草案的报告", province: "江西省", city: "南昌市", district: "东湖区", level: govsearch.LevelCounty, docType: "预算报告", year: 2024, date: "2024-01-05"},
	},
	{
		"meta-69 (review): a committee's resolution under a published account is no own title of the page", "v4.txt",
		"2023年石门县决算公开\n石门县人民代表大会常务委员会\n关于批准石门县2023年县级决算的决议\n(2024年8月28日石门县第十八届人民代表大会常务委员会第二十次会议通过)\n石门县第十八届人民代表大会常务委员会第二十次会议听取了县财政局局长受县人民政府委托所作的关于石门县2023年县级决算的报告，审查了县级决算草案。会议决定，批准石门县2023年县级决算。\n附件：\n1.关于石门县2023年县级决算的报告\n2.石门县2023年县级决算表\n",
		trapWant{title: "2023年石门县决算公开", province: "湖南省", city: "常德市", district: "石门县", level: govsearch.LevelCounty, docType: "预算报告", year: 2024, date: "2024-08-28"},
	},
	{
		"meta-69 (review): a story that names a report with its meeting line, over no report, takes no title from it", "v6.txt",
		"日前，发改委发布关于四川省2020年国民经济和社会发展计划执行情况及2021年计划草案的报告(2021年1月30日在四川省第十三届人民代表大会第四次会议上)，其中提到加快发展绿色。\n记者了解到，四川将大力发展清洁能源产业，规划建设水风光一体化基地。\n",
		trapWant{province: "四川省", level: govsearch.LevelProvince, docType: "其他", year: 2021, date: "2021-01-30"},
	},
	{
		"meta-69 (round 7): a county name several cities share is decided by the visit to its province told by the province's one character (来闽考察)", "v7.txt",
		"2015年政府工作报告\n时间:2015-02-26 12:01 来源:鼓楼区政府办\n政府工作报告\n 2015年2月4日在鼓楼区第十六届人民代表大会第四次会议上\n鼓楼区人民政府区长  陈 斌\n各位代表:\n    现在,我代表鼓楼区人民政府向大会作政府工作报告,请予审议。\n    一、2014年工作回顾\n    过去的一年,在市委、市政府和区委的正确领导下,区政府深入贯彻习近平总书记系列重要讲话和来闽考察重要讲话精神,全力以赴稳增长。\n",
		// The headline over the date field names the report with its year
		// (meta-204: readers take it over the bare own title).
		trapWant{title: "2015年政府工作报告", province: "福建省", city: "福州市", district: "鼓楼区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2015, date: "2015-02-04"},
	},
	{
		"meta-69 (review): a report that puts an audit's follow-up before the committee is no budget report", "v5.txt",
		"关于提请审议石门县2024年财政预算执行情况审计发现问题整改情况的报告\n石门县人民政府\n（2024年12月）\n县人大常委会：\n现将整改情况报告如下。\n",
		trapWant{title: "关于提请审议石门县2024年财政预算执行情况审计发现问题整改情况的报告", province: "湖南省", city: "常德市", district: "石门县", level: govsearch.LevelCounty, docType: "其他", year: 2024},
	},
	{
		"a meeting line with a lunar date in brackets between its date and 在 (（农历壬寅年腊月十四）) (a review of meta-77)", "rv27p01.txt",
		"2023年永新县政府工作报告\n——2023年1月5日（农历壬寅年腊月十四）在永新县第十八届人民代表大会第三次会议上\n永新县人民政府县长  刘建华\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。\n一、2022年工作回顾\n过去的一年，是党的二十大胜利召开之年，也是永新发展极不平凡的一年。面对多重超预期因素冲击，我们在市委、市政府和县委的坚强领导下，坚持稳中求进工作总基调，全力以赴拼经济、抓项目、保民生、防风险，全县经济社会保持平稳健康发展。预计全年地区生产总值增长4.8%，规模以上工业增加值增长6.2%，一般公共预算收入增长5.1%。\n（一）产业发展提质增效。新签约项目42个，其中亿元以上项目27个；新增规模以上工业企业18家。\n（二）城乡面貌持续改善。完成城市更新项目16个，新改建农村公路86公里。\n",
		trapWant{title: "2023年永新县政府工作报告", province: "江西省", city: "吉安市", district: "永新县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2023, date: "2023-01-05"},
	},
	{
		"a session over two years (2021年12月30日至2022年1月2日在…) is dated by its first day (a review of meta-77)", "rv27p03.txt",
		"2022年铅山县政府工作报告\n——2021年12月30日至2022年1月2日在铅山县第十八届人民代表大会第一次会议上\n铅山县人民政府县长  陈国平\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。\n一、过去五年工作回顾\n过去五年，是铅山发展史上极不平凡的五年。我们坚持以习近平新时代中国特色社会主义思想为指导，全面完成了“十三五”规划目标任务，实现了“十四五”良好开局。全县地区生产总值由2016年的141.2亿元增加到2021年的218.6亿元，年均增长7.6%。\n",
		trapWant{title: "2022年铅山县政府工作报告", province: "江西省", city: "上饶市", district: "铅山县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2021, date: "2021-12-30"},
	},
	{
		"a meeting line with a lunar date in figures in brackets (（农历2021年腊月初四）) (a review of meta-77)", "rv27p05.txt",
		"2022年大余县政府工作报告\n——2022年1月6日（农历2021年腊月初四）在大余县第十八届人民代表大会第二次会议上\n大余县人民政府县长  钟海涛\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。\n一、2021年工作回顾\n2021年是中国共产党成立100周年，也是“十四五”开局之年。一年来，我们在市委、市政府和县委的坚强领导下，全县地区生产总值增长9.1%，规模以上工业增加值增长10.2%。\n",
		trapWant{title: "2022年大余县政府工作报告", province: "江西省", city: "赣州市", district: "大余县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2022, date: "2022-01-06"},
	},
	{
		"a title broken over two lines with a site's 全文 under it: the site's month below is no cover month; the cover's own date is (a review of meta-77)", "rv27p17.txt",
		"当前位置：首页 > 政府信息公开 > 规划信息\n开化县国民经济和社会发展第十四个五年规划和\n二〇三五年远景目标纲要\n全文\n2024年05月\n开化县国民经济和社会发展\n第十四个五年规划和二〇三五年远景目标纲要\n开化县人民政府\n二〇二一年三月\n前  言\n本纲要根据《中共开化县委关于制定开化县国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制。\n",
		trapWant{title: "开化县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", province: "浙江省", city: "衢州市", district: "开化县", level: govsearch.LevelCounty, docType: "五年规划纲要", year: 2021},
	},
	{
		"a half-year analysis that opens on 一、综合 / 经初步核算 and speaks as 我们 is no communiqué (a review of meta-77)", "rv27p20.txt",
		"今年以来，面对复杂严峻的外部环境，我们在县委、县政府的坚强领导下，紧紧围绕全年目标任务，全力以赴稳增长、调结构、惠民生，黎川县经济运行总体平稳、稳中有进。现将上半年全县经济运行情况分析如下：\n一、综合\n经初步核算，全县上半年实现地区生产总值68.63亿元，同比增长5.2%。其中，第一产业增加值6.21亿元，增长3.6%；第二产业增加值27.35亿元，增长6.1%；第三产业增加值35.07亿元，增长4.8%。\n二、农业\n上半年，全县早稻播种面积13.2万亩，生猪出栏16.8万头，同比增长2.3%。\n三、工业\n1-6月，全县规模以上工业增加值同比增长7.1%，增速居全市第4位。\n四、存在的问题\n一是工业增长后劲不足；二是固定资产投资增速放缓；三是消费市场恢复较慢。\n五、下半年工作建议\n下半年，我们要紧盯全年目标，狠抓项目建设，全力促进工业稳增长。\n",
		trapWant{title: "", province: "江西省", city: "抚州市", district: "黎川县", level: govsearch.LevelCounty, docType: "其他"},
	},
	{
		"a reporter's story that quotes a communiqué's first part (记者从…获悉, 我们将…) is no communiqué and names no issuer (a review of meta-77)", "rv27p21.txt",
		"日前，记者从石城县统计局获悉，2023年全县经济运行回升向好。县统计局负责人表示，我们将继续加强统计监测，及时准确反映全县经济运行态势，为县委、县政府决策提供参考。以下为主要数据：\n一、综合\n经初步核算，2023年，全县实现地区生产总值142.36亿元，同比增长4.3%。其中，第一产业增加值22.10亿元，增长3.9%；第二产业增加值48.77亿元，增长4.1%；第三产业增加值71.49亿元，增长4.5%。\n二、农业\n全年粮食总产量16.2万吨，同比增长0.6%。\n（记者 赖晓东  通讯员 温丽萍）\n责任编辑：李娜\n",
		trapWant{title: "", docType: "其他"},
	},
	{
		"a year's economic analysis with its problems and next steps (存在的问题, 下步建议) is no communiqué (a review of meta-77)", "rv27p25.txt",
		"2023年，面对复杂严峻的外部环境，我们在县委、县政府的坚强领导下，于都县经济运行呈现稳中有进、进中提质的良好态势。现将全年经济运行情况及下步建议报告如下：\n一、综合\n经初步核算，2023年，全县实现地区生产总值410.26亿元，同比增长4.6%。\n二、主要特点\n（一）农业生产稳定。全年粮食总产量32.5万吨。\n（二）工业生产回升。规模以上工业增加值增长6.3%。\n三、存在的问题\n一是部分重点企业产值下滑；二是项目投资后劲不足；三是居民消费意愿偏弱。\n四、下步建议\n2024年，我们要坚持项目为王，狠抓工业稳增长，全力促进消费回暖。\n",
		trapWant{title: "", province: "江西省", city: "赣州市", district: "于都县", level: govsearch.LevelCounty, docType: "其他"},
	},
	{
		"a cover month under a title broken over lines with （征求意见稿） after it (a review of meta-77)", "rv27p11.txt",
		"宜黄县国民经济和社会发展第十四个五年\n规划和二〇三五年远景目标纲要\n（征求意见稿）\n2020年12月\n发布时间：2021-01-08\n前  言\n“十四五”时期是我国全面建成小康社会、实现第一个百年奋斗目标之后，乘势而上开启全面建设社会主义现代化国家新征程的第一个五年。本纲要根据《中共宜黄县委关于制定宜黄县国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制。\n第一章  发展基础\n“十三五”时期，全县地区生产总值年均增长7.5%。\n",
		trapWant{title: "宜黄县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", province: "江西省", city: "抚州市", district: "宜黄县", level: govsearch.LevelCounty, docType: "五年规划纲要", year: 2020},
	},
	{
		"a cover month under a title broken over four lines (a review of meta-77)", "rv27p15.txt",
		"发布时间：2022-05-16\n金溪县国民经济和社会发展\n第十四个五年规划和\n二〇三五年远景目标\n纲要\n二〇二一年三月\n前  言\n本纲要根据《中共金溪县委关于制定金溪县国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制。\n第一章  发展基础\n“十三五”时期，全县地区生产总值年均增长7.0%。\n",
		trapWant{title: "金溪县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", province: "江西省", city: "抚州市", district: "金溪县", level: govsearch.LevelCounty, docType: "五年规划纲要", year: 2021},
	},
	{
		"a communiqué whose preface speaks as 我们 over 根据初步核算 (a review of meta-77)", "rv27p23.txt",
		"2023年，面对复杂多变的外部环境，我们在县委、县政府的坚强领导下，坚持稳中求进工作总基调，会昌县经济运行持续回升向好。\n一、综合\n根据初步核算，2023年，全县实现地区生产总值176.92亿元，同比增长4.4%。其中，第一产业增加值27.81亿元，增长4.1%；第二产业增加值57.12亿元，增长3.8%；第三产业增加值91.99亿元，增长4.9%。\n二、农业\n全年粮食总产量19.6万吨，同比增长0.5%。\n三、工业\n全年规模以上工业增加值增长6.2%。\n",
		trapWant{title: "", province: "江西省", city: "赣州市", district: "会昌县", level: govsearch.LevelCounty, docType: "统计公报"},
	},
	{
		"a communiqué whose preface speaks as 我们 over 经初步核算，2023年，我县 (a review of meta-77)", "rv27p24.txt",
		"2023年，面对复杂多变的外部环境，我们在县委、县政府的坚强领导下，坚持稳中求进工作总基调，宁都县经济运行持续回升向好。\n一、综合\n经初步核算，2023年，我县实现地区生产总值268.35亿元，同比增长4.2%。其中，第一产业增加值49.18亿元，增长4.0%；第二产业增加值82.54亿元，增长3.6%；第三产业增加值136.63亿元，增长4.7%。\n二、农业\n全年粮食总产量41.2万吨，同比增长0.7%。\n三、工业\n全年规模以上工业增加值增长5.9%。\n",
		trapWant{title: "", province: "江西省", city: "赣州市", district: "宁都县", level: govsearch.LevelCounty, docType: "统计公报"},
	},
	{
		"a vice mayor run onto the title line (…政府工作报告 …人民政府副市长 …) is no part of it (a review of meta-77)", "rv27p32.txt",
		"关于龙南市2022年预算执行情况和2023年预算草案的报告 龙南市人民政府副市长 陈志刚\n——2023年1月11日在龙南市第二届人民代表大会第三次会议上\n各位代表：\n受市人民政府委托，现将龙南市2022年预算执行情况和2023年预算草案提请市二届人大三次会议审议，并请市政协委员和其他列席人员提出意见。\n一、2022年预算执行情况\n2022年，全市一般公共预算收入完成18.62亿元，同口径增长6.1%；一般公共预算支出完成45.37亿元，增长5.2%。\n",
		trapWant{title: "关于龙南市2022年预算执行情况和2023年预算草案的报告", province: "江西省", city: "赣州市", district: "龙南市", level: govsearch.LevelCounty, docType: "预算报告", year: 2023, date: "2023-01-11"},
	},
	{
		"a speaker's name with a middle dot run onto the title line is no part of it (a review of meta-77)", "rv27p34.txt",
		"2023年新疆维吾尔自治区人民政府工作报告 新疆维吾尔自治区人民政府主席 艾尔肯·吐尼亚孜\n——2023年1月15日在新疆维吾尔自治区第十四届人民代表大会第一次会议上\n各位代表：\n现在，我代表自治区人民政府，向大会报告政府工作，请予审议，并请自治区政协委员和其他列席人员提出意见。\n一、过去五年工作回顾\n过去五年，是新疆发展史上极不平凡的五年。全区地区生产总值年均增长5.3%。\n",
		trapWant{title: "2023年新疆维吾尔自治区人民政府工作报告", province: "新疆维吾尔自治区", level: govsearch.LevelProvince, docType: "政府工作报告", year: 2023, date: "2023-01-15"},
	},
	{
		"a speaker with a long autonomous county's government name run onto the title line is no part of it (a review of meta-77)", "rv27p36.txt",
		"2023年双江县政府工作报告 双江拉祜族佤族布朗族傣族自治县人民政府县长李建国\n——2023年1月10日在双江拉祜族佤族布朗族傣族自治县第十七届人民代表大会第三次会议上\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。\n一、2022年工作回顾\n2022年，全县地区生产总值增长5.0%，农村常住居民人均可支配收入增长6.5%。\n",
		trapWant{title: "2023年双江县政府工作报告", province: "云南省", city: "临沧市", district: "双江拉祜族佤族布朗族傣族自治县", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2023, date: "2023-01-10"},
	},
	{
		"meta-80: a district name several cities have (鼓楼区: 南京, 徐州, 福州, 开封) in a text that names 江苏 gets its province, not a city", "m80b.txt",
		"政府工作报告\n区人民政府代区长 刘 军\n2016年1月14日\n各位代表:\n现在,我代表鼓楼区人民政府,向大会作工作报告,请予审议,并请区政协各位委员和列席会议的同志提出意见。\n2015年是“十二五”圆满收官之年。全区上下认真贯彻习近平总书记视察江苏重要讲话精神,经济社会持续健康发展。\n",
		trapWant{title: "政府工作报告", province: "江苏省", district: "鼓楼区", level: govsearch.LevelCounty, docType: "政府工作报告", year: 2016, date: "2016-01-14"},
	},
	{
		"meta-80: a district's text that names no place of its own but the province whose inspection speech it follows (视察广东重要讲话) is that province's, and nothing below it", "m80c.txt",
		"第一部分:预算报告\n一、2024年预算执行情况\n2024年是实现“十四五”规划目标任务的关键一年,全区坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实习近平总书记视察广东重要讲话、重要指示精神,在区委的坚强领导下,区财政收支运行平稳。\n(一)一般公共预算\n全区一般公共预算收入完成45.2亿元,增长3.1%。\n",
		trapWant{province: "广东省", level: govsearch.LevelCounty, docType: "预算报告"},
	},
	{
		"meta-80: a city's text that follows the instructions for two provinces (对内蒙古的重要指示, 考察江苏) names neither as its own", "m80d.txt",
		"主任、各位副主任、秘书长,各位委员:\n我受市人民政府委托,现将全市2025年上半年国民经济和社会发展计划执行情况报告如下:\n今年以来,在市委坚强领导下,全市上下深入贯彻习近平总书记对内蒙古的重要指示精神,学习考察江苏重要讲话的经验。\n",
		trapWant{docType: "国民经济和社会发展计划报告"},
	},
	{
		"meta-80: a plan's preface that draws it up by name (特编制《…纲要》(以下简称《纲要》)) under a site's name in a bullet names it; the site is no title", "m80e.txt",
		"首页\n>政务公开>规划计划>发展规划>区县(市)规划\n  • 哈尔滨市人民政府网站\n  • 发布日期: 2016- 12- 07\n  • 浏览次数:\n前 言\n“十三五”时期(2016——2020年)是道里区贯彻落实“四个全面”战略布局的重要时期。根据市委、市政府关于国民经济和社会发展第十三个五年规划纲要的编制要求,结合道里区实际,特编制《哈尔滨市道里区国民经济和社会发展第十三个五年规划纲要》(以下简称《纲要》)。本《纲要》主要阐述“十三五”时期道里区经济和社会发展战略。\n第一章 发展基础\n",
		trapWant{title: "哈尔滨市道里区国民经济和社会发展第十三个五年规划纲要", province: "黑龙江省", city: "哈尔滨市", district: "道里区", level: govsearch.LevelCounty, docType: "五年规划纲要", year: 2016, date: "2016-12-07"},
	},
	{
		"meta-80: a zone's accounts that present themselves by its name (现将万盛经济技术开发区2024决算报告如下) are the zone's, a district's peer in 重庆市", "m80f.txt",
		"根据《中华人民共和国预算法》《重庆市预算审查监督条例》《两江新区、万盛经开区财政预决算备案审查办法》等法律法规要求,现将万盛经济技术开发区2024决算报告如下:\n一、全区收支决算情况\n(一)一般公共预算\n2024年全区一般公共预算收入127,307万元,为预算的102.8%。\n",
		trapWant{province: "重庆市", city: "重庆市", district: "万盛经济技术开发区", level: govsearch.LevelCounty, docType: "预算报告"},
	},
	{
		"meta-80 review: an autonomous region's own communiqué that speaks of 全区 and 视察广西 is the region's, at province level", "rv80p01.txt",
		"首页 > 统计数据 > 统计公报\n2023年国民经济和社会发展统计公报\n发布时间：2024-03-28 09:30 来源：统计局 字号：[大 中 小] 打印本页\n2023年，在以习近平同志为核心的党中央坚强领导下，全区上下坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，深入贯彻落实习近平总书记视察广西重要讲话精神，坚持稳中求进工作总基调，全区经济回升向好。\n一、综合\n初步核算，全年全区生产总值27202.39亿元，按不变价格计算，比上年增长4.1%。其中，第一产业增加值4468.00亿元，增长4.7%。\n年末全区常住人口5027万人，比上年末增加80万人。\n",
		trapWant{title: "2023年国民经济和社会发展统计公报", province: "广西壮族自治区", level: govsearch.LevelProvince, docType: "统计公报", year: 2024, date: "2024-03-28"},
	},
	{
		"meta-80 review: a municipality's own plan report (全市, 视察重庆) is province-level, not a city's", "rv80p05.txt",
		"首页 > 政务公开 > 发展规划 > 年度计划\n关于2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n发布时间：2025-01-22 来源：市发展改革委\n各位代表：\n受市人民政府委托，现将2024年国民经济和社会发展计划执行情况与2025年计划草案提请市六届人大三次会议审议，并请市政协委员和其他列席人员提出意见。\n一、2024年国民经济和社会发展计划执行情况\n2024年，在市委坚强领导下，全市上下深入贯彻习近平总书记视察重庆重要讲话精神，全市地区生产总值达到32193.2亿元，增长5.7%；全市一般公共预算收入2487.9亿元，增长1.1%。\n",
		trapWant{title: "关于2024年国民经济和社会发展计划执行情况与2025年计划草案的报告", province: "重庆市", level: govsearch.LevelProvince, docType: "国民经济和社会发展计划报告", year: 2025, date: "2025-01-22"},
	},
	{
		"meta-80 review: a county's summary of its partnership with another province (闽宁协作, 视察宁夏) is not that province's", "rv80p07.txt",
		"首页 > 政务公开 > 工作总结\n2024年东西部协作工作总结\n发布时间：2024-12-20 来源：县发改局\n2024年，全县坚持以习近平新时代中国特色社会主义思想为指导，认真学习贯彻习近平总书记视察宁夏重要讲话精神和关于闽宁协作的重要指示，按照县委、县政府部署，扎实推进与结对县的东西部协作工作。\n一、主要工作成效\n（一）强化组织领导。县委、县政府主要领导带队赴结对县考察对接2次，召开联席会议2次。\n（二）深化产业协作。全县引导8家企业到结对县投资，实际到位资金1.2亿元。\n（三）加强劳务协作。帮助结对县620名农村劳动力在我县稳定就业。\n",
		trapWant{title: "2024年东西部协作工作总结", docType: "其他", year: 2024, date: "2024-12-20"},
	},
	{
		"meta-80 review: a 鼓楼区 that names 江苏 in passing (赴江苏、浙江招商) gets no province from the tie", "rv80p18.txt",
		"首页 > 政务公开 > 财政预决算\n鼓楼区2023年财政决算说明\n发布时间：2024-08-20 来源：鼓楼区财政局\n一、收支决算总体情况\n2023年，鼓楼区一般公共预算收入完成45.3亿元，为预算的101.2%。全区持续优化营商环境，组织企业赴江苏、浙江等地开展招商推介活动12场，新引进项目36个。\n二、一般公共预算支出决算情况\n全区一般公共预算支出完成38.6亿元。\n",
		trapWant{title: "鼓楼区2023年财政决算说明", district: "鼓楼区", level: govsearch.LevelCounty, docType: "预算报告", year: 2024, date: "2024-08-20"},
	},
	{
		"meta-80 review: 现将我区对口帮扶…县…报告如下 names the county it helps, not its issuer", "rv80p29.txt",
		"首页 > 政务公开 > 工作报告\n关于东西部协作工作情况的报告\n发布时间：2024-12-18 来源：区合作交流办\n区人大常委会：\n受区人民政府委托，现将我区对口帮扶贵州省紫云苗族布依族自治县2024年工作情况报告如下：\n一、工作开展情况\n全区全年投入财政帮扶资金6200万元，选派干部人才78名。\n",
		trapWant{title: "关于东西部协作工作情况的报告", docType: "其他", year: 2024, date: "2024-12-18"},
	},
	{
		"meta-80 review: a title and byline between the contents by part and the first part's repetition stay in the opening", "rv80p36.txt",
		"当前位置：首页 > 政务公开 > 财政预决算\n关于2023年度财政决算和2024年上半年预算执行情况的报告\n发布时间：2024-09-02 信息来源：财政局\n第一部分 决算报告\n第二部分 决算草案\n1、一般公共预算收入决算表\n2、一般公共预算支出决算表\n3、一般公共预算本级支出决算表\n4、一般公共预算本级基本支出决算表\n5、一般公共预算税收返还和转移支付决算分项目表\n6、一般公共预算税收返还和转移支付决算分地区表\n7、地方政府一般债务限额和余额情况表\n8、政府性基金收入决算表\n9、政府性基金支出决算表\n10、政府性基金本级支出决算表\n11、地方政府专项债务限额和余额情况表\n12、国有资本经营收入决算表\n13、国有资本经营支出决算表\n14、社会保险基金收入决算表\n15、社会保险基金支出决算表\n第三部分 相关说明\n\n关于2023年度财政决算（草案）和2024年上半年预算执行情况的报告\n浏阳市财政局局长 李 红\n（2024年8月27日）\n第一部分 决算报告\n主任、各位副主任、各位委员：\n受市人民政府委托，向本次会议报告2023年财政决算（草案）和2024年上半年预算执行情况，请予审查。\n一、2023年财政收支决算情况\n2023年，全市一般公共预算收入完成62.1亿元。\n",
		trapWant{title: "关于2023年度财政决算和2024年上半年预算执行情况的报告", province: "湖南省", city: "长沙市", district: "浏阳市", level: govsearch.LevelCounty, docType: "预算报告", year: 2024, date: "2024-08-27"},
	},
	{
		"meta-80: a place's short name at the head of a term in quotes (“双清零”) is no place (双清区)", "m80g.txt",
		"您的位置: 包头新闻网首页 » 新闻 » 要闻\n\n【政府工作报告摘编】不用扬鞭自奋蹄 携手奋进新征程\n\n一、2020年和“十三五”回眸\n\n1.众志成城做好疫情防控\n\n迅速启动一级响应,实现了全市11例确诊病例、4例疑似病例“双清零”,确诊病例“全治愈”,一线医护人员“零感染”。\n\n2.全力保持经济平稳运行\n\n全年地区生产总值增长3%。组织实施亿元以上重点项目629个,固定资产投资增长1.6%、高于全区3.1个百分点。5G站址落地数全区第一。“双招双引”累计对接企业2337家。\n",
		trapWant{docType: "其他"},
	},
	{
		"meta-80: a plan's execution presented to the congress's standing committee (受市人民政府委托,现向市人大常委会报告…计划执行情况) is a plan report", "m80h.txt",
		"温州市发展和改革委员会\n(2024年8月26日)\n主任、副主任、秘书长,各位委员:\n受市人民政府委托,现向市人大常委会报告今年上半年我市国民经济和社会发展计划执行情况,请予审议。\n一、上半年我市国民经济和社会发展计划执行情况\n今年以来,全市上下深入学习贯彻党的二十大精神,全面贯彻习近平总书记考察浙江重要讲话精神,经济运行稳中有进。\n",
		trapWant{province: "浙江省", city: "温州市", level: govsearch.LevelCity, docType: "国民经济和社会发展计划报告", year: 2024, date: "2024-08-26"},
	},
	{
		"meta-81 review: a county communiqué whose one CPI chart names its city (图2 2024年梧州市居民消费价格…) stays the county's", "rv81c02.txt",
		"首页 > 政府信息公开 > 法定主动公开内容 > 统计信息\n索引号：11450421007716214K/2025-0312345\n发布机构：县统计局 生成日期：2025-04-18\n2024年国民经济和社会发展统计公报\n2024年，全县上下深入贯彻落实党的二十大精神，坚持稳中求进工作总基调，经济运行总体平稳。\n一、综 合\n初步核算，全年全县生产总值（GDP）182.35亿元，比上年增长4.8%。其中，第一产业增加值48.21亿元，增长4.0%；第二产业增加值40.16亿元，增长6.1%；第三产业增加值93.98亿元，增长4.6%。\n图1 2020-2024年全县生产总值及其增长速度\n全年居民消费价格比上年上涨0.2%。\n图2 2024年梧州市居民消费价格月度涨跌幅度\n年末全县户籍总人口73.51万人。\n",
		trapWant{title: "2024年国民经济和社会发展统计公报", province: "广西壮族自治区", city: "梧州市", district: "苍梧县", level: govsearch.LevelCounty, docType: "统计公报", year: 2025, date: "2025-04-18"},
	},
	{
		"meta-81 review: a city's communiqué with one table on a county (表6 2024年灵山县荔枝种植面积) is not that county's", "rv81c06.txt",
		"首页 > 统计数据 > 统计公报\n2024年国民经济和社会发展统计公报\n发布时间：2025-03-28\n2024年，全市上下坚持稳中求进工作总基调，经济社会保持平稳健康发展。\n一、综 合\n初步核算，全年全市生产总值1890.2亿元，比上年增长5.1%。\n图1 2020-2024年全市生产总值及其增长速度\n图2 2020-2024年全市三次产业增加值占GDP比重\n全年全市接待游客3200万人次。\n图8 2020-2024年三娘湾旅游区接待游客\n表6 2024年灵山县荔枝种植面积\n",
		trapWant{title: "2024年国民经济和社会发展统计公报", docType: "统计公报", year: 2025, date: "2025-03-28"},
	},
	{
		"meta-81 review: a county head's report to the congress's standing committee is no work report", "rv81d02.txt",
		"浦北县人民政府 > 政务公开 > 人大建议\n——2024年6月26日在浦北县第十七届人民代表大会常务委员会第二十次会议上\n浦北县人民政府县长 黄明\n2024-07-02 来源：县人大办\n主任、各位副主任、各位委员：\n受县人民政府委托，现将我县2023年度国有资产管理情况报告如下，请予审议。\n一、国有资产总体情况\n截至2023年底，全县行政事业单位资产总额86.3亿元。\n",
		trapWant{province: "广西壮族自治区", city: "钦州市", district: "浦北县", level: govsearch.LevelCounty, docType: "其他", year: 2024, date: "2024-06-26"},
	},
	{
		"meta-81 review: a news story of the session in which the mayor reports (向大会报告政府工作) is no work report", "rv81d03.txt",
		"钦州新闻网 > 时政要闻\n2024-01-10 来源：钦州日报\n1月9日上午，在钦州市第七届人民代表大会第四次会议上，市长刘强代表市人民政府向大会报告政府工作。\n市委书记、市人大常委会主任许永锞等在主席台前排就座。\n图为钦州市人民政府市长 刘强\n会议应到代表385名，实到362名，符合法定人数。\n",
		trapWant{province: "广西壮族自治区", city: "钦州市", level: govsearch.LevelCity, docType: "其他", year: 2024, date: "2024-01-10"},
	},
	{
		"meta-81 review: an organ's heading with its kind letter-spaced (湖南省人民代表大会常务委员会 公 告) is a title, no byline", "rv81h01.txt",
		"湖南人大网\n首页 > 公告 > 常委会公告\n湖南省人民代表大会常务委员会 公 告\n2024-11-29 来源：湖南人大网\n第 12 号\n《湖南省实施〈中华人民共和国预算法〉办法》已由湖南省第十四届人民代表大会常务委员会第十二次会议于2024年11月28日修订通过，现予公布，自2025年1月1日起施行。\n",
		trapWant{title: "湖南省人民代表大会常务委员会公告", province: "湖南省", level: govsearch.LevelProvince, docType: "其他", year: 2024, date: "2024-11-29"},
	},
	{
		"meta-81 review: a news headline ending in an office and a name (…常务会议召开 市长刘强主持) stays the headline", "rv81h03.txt",
		"钦州市人民政府门户网站\n首页 > 新闻中心 > 政务要闻\n市政府第三十五次常务会议召开 市长刘强主持\n2024-03-15 来源：钦州日报\n3月14日，市政府召开第三十五次常务会议，传达学习全国两会精神，研究部署2024年重点工作。\n",
		trapWant{title: "市政府第三十五次常务会议召开市长刘强主持", province: "广西壮族自治区", city: "钦州市", level: govsearch.LevelCity, docType: "其他", year: 2024, date: "2024-03-15"},
	},
	{
		"meta-81 review: a related link's office and date (上一篇: … 钦州市统计局 (2023年3月28日)) on a one-line page is not the page's date", "rv81t01.txt",
		"2023年钦州市国民经济和社会发展统计公报 广西统计信息网 发布时间：2024-04-02 作者: 钦州市统计局 上一篇: 2022年钦州市国民经济和社会发展统计公报 钦州市统计局 (2023年3月28日) 下一篇: 2023年灵山县统计公报 2023年,全市上下坚持以习近平新时代中国特色社会主义思想为指导,全市经济运行稳中向好。 一、综 合 初步核算,全年全市生产总值1890.2亿元,比上年增长5.1%。",
		trapWant{title: "2023年钦州市国民经济和社会发展统计公报", province: "广西壮族自治区", city: "钦州市", level: govsearch.LevelCity, docType: "统计公报", year: 2024, date: "2024-04-02"},
	},
	{
		"meta-81 review: a cited bureau's document date (根据 钦州市财政局 (2021年12月20日) 关于…) on a one-line page is not the page's date", "rv81t07.txt",
		"钦州市2021年预算执行情况 钦州市人民政府门户网站 发布时间：2022-03-15 根据 钦州市财政局 (2021年12月20日) 关于提前下达2022年转移支付的通知精神,现将2021年预算执行情况公布如下: 一、2021年全市一般公共预算收入完成80.5亿元。",
		trapWant{title: "钦州市2021年预算执行情况", province: "广西壮族自治区", city: "钦州市", level: govsearch.LevelCity, docType: "预算报告", year: 2022, date: "2022-03-15"},
	},
	{
		"meta-173 (holdout694/f04, cut to its first lines): a headline over the digest after its label (摘要:…) is the title, not a photo's caption credited in traditional characters (…作政府工作報告 賀鑫 攝)", "r110t01.txt",
		"胡和平:2016陜西GDP增7.6%左右 2017要“跳起來摘桃子”\n摘要:經濟性穩增長壓力依然較大,轉型升級、培育發展新動能的步伐還不夠快。\n陜西省省長胡和平作政府工作報告 賀鑫 攝\n1月15日,陜西省省長胡和平作政府工作報告。\n報告指出,2016年較好完成了年度任務,實現了“十三五”穩健開局。\n",
		trapWant{title: "胡和平:2016陕西GDP增7.6%左右2017要“跳起来摘桃子”", province: "陕西省", level: govsearch.LevelProvince, docType: "其他"},
	},
}

func TestNPCSessionYear(t *testing.T) {
	tests := []struct{ n, m, want int }{
		{1, 1, 1954}, {1, 5, 1958}, {2, 2, 1960}, {2, 3, 1962}, {3, 1, 1964}, {4, 1, 1975},
		{5, 1, 1978}, {5, 5, 1982}, {6, 1, 1983}, {8, 4, 1996}, {13, 1, 2018}, {14, 3, 2025},
		{4, 2, 0}, {15, 1, 0}, {13, 6, 0},
	}
	for _, tt := range tests {
		if got := NPCSessionYear(tt.n, tt.m); got != tt.want {
			t.Errorf("NPCSessionYear(%d, %d) = %d, want %d", tt.n, tt.m, got, tt.want)
		}
	}
}

// TestTitleIsParagraph checks that the title of every seed can be found in
// one of its paragraphs, as a reader who copies it into the search box
// expects.
func TestTitleIsParagraph(t *testing.T) {
	if race.Enabled {
		t.Skip(race.SkipReason)
	}
	for _, path := range seedFiles(t) {
		p, err := ParseFile(path)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, para := range p.Paragraphs {
			if contains := normalizeLoose(para.Text); len(contains) > 0 && strings.Contains(contains, normalizeLoose(p.Document.Title)) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("%s: title %q is in no paragraph", path, p.Document.Title)
		}
	}
}

// TestFingerprintCarriesExtractorVersion: the hash an index run compares
// to skip a file is the one ParseFile records, and it covers the extractor
// version, so a file whose metadata came from older rules is re-parsed.
func TestFingerprintCarriesExtractorVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.txt")
	data := []byte("2021年和平区政府工作报告\n各位代表：\n")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	fp, err := Fingerprint(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	plain := sha256.Sum256(data)
	if fp != p.Document.ContentHash || fp == hex.EncodeToString(plain[:]) {
		t.Errorf("fingerprint %s, parsed hash %s: want them equal and different from the bytes' own hash", fp, p.Document.ContentHash)
	}
}

// TestCleanTitleAttachmentNote: a note that sends the reader to an
// attachment names no document, however it names the report it points to.
func TestCleanTitleAttachmentNote(t *testing.T) {
	for _, in := range []string{"(政府决算报告草案见附件1)", "（2023年预算执行情况的报告见附件）"} {
		if got := cleanTitle(in); got != "" {
			t.Errorf("cleanTitle(%q) = %q, want no title", in, got)
		}
	}
	if got := cleanTitle("关于2022年政府决算的报告"); got != "关于2022年政府决算的报告" {
		t.Errorf("cleanTitle cut a report's own title: %q", got)
	}
}

// TestCleanTitleLabels: the labels a document site adds to a report's name
// are no part of it.
func TestCleanTitleLabels(t *testing.T) {
	for _, in := range []string{
		"2023年苍梧县政府工作报告(完整版)", "2023年苍梧县政府工作报告（精选3篇）", "2023年苍梧县政府工作报告范文",
		"2023年苍梧县政府工作报告(最新)", "2023年苍梧县政府工作报告word版", "2023年苍梧县政府工作报告(附全文)",
		"2023年苍梧县政府工作报告(优秀范文)",
		"2023年苍梧县政府工作报告【精选】", "2023年苍梧县政府工作报告（图文）", "2023年苍梧县政府工作报告(第2页)", "2023年苍梧县政府工作报告(第73/88页)", "2023年苍梧县政府工作报告5篇",
		"2023年苍梧县政府工作报告(全文)[小编推荐]", "苍梧县人民政府-2023年苍梧县政府工作报告", "7.2023年苍梧县政府工作报告",
		"2023年苍梧县政府工作报告 2023-01-27", "077-2023年苍梧县政府工作报告", "2023年苍梧县政府工作报告 县长 李永刚",
		"2023年苍梧县政府工作报告\u200b", "2023年苍梧县政府工作报告-苍梧人大", "2023年苍梧县政府工作报告目录", "2023年苍梧县政府工作报告-红黑统计公报库", "苍梧日报数字报-2023年苍梧县政府工作报告", "2023年苍梧县政府工作报告  苍梧县人民政府门户网站", "2023年苍梧县政府工作报告-Mysteel铁矿石", "2023年苍梧县政府工作报告_大湾区时报",
		"2023年苍梧县政府工作报告·······························1", "2023年苍梧县政府工作报告(合集五篇)", "2023年苍梧县政府工作报告:星空体育在线官网",
		"【篇一:2023年苍梧县政府工作报告】", "[2023年政府工作报告全文]2023年苍梧县政府工作报告(全文)", "第十七届人民代表大会第三次会议上2023年苍梧县政府工作报告", "[2023年苍梧县政府工作报告]2023苍梧县政府工作报告全文", "2023年苍梧县政府工作报告VIP专享", "2023年苍梧县政府工作报告(20230107)VIP免费",
	} {
		if got := cleanTitle(in); got != "2023年苍梧县政府工作报告" {
			t.Errorf("cleanTitle(%q) = %q", in, got)
		}
	}
	// The form a report was given in is part of its printed name: readers
	// citing it keep (书面) and (摘要), and a title broken over lines still
	// ends as a report's name with them.
	for _, in := range []string{"2023年苍梧县政府工作报告(书面)", "2023年苍梧县政府工作报告（摘要）"} {
		if got := cleanTitle(in); got != in || !endsDocument(got) || !endsTitle(got) {
			t.Errorf("cleanTitle(%q) = %q (ends as a document: %v)", in, got, endsDocument(got))
		}
	}
	// A dash before what the page is (an interpretation) is no site's brand.
	if in := "2023年苍梧县政府工作报告-解读"; cleanTitle(in) != in {
		t.Errorf("cleanTitle(%q) = %q", in, cleanTitle(in))
	}
}

// TestTableRowsAreNoTitles: a row of a table converted to text names a
// project or a place's figures, not the document, and so does a cell
// wrapped from one onto a line of its own; a letter-spaced title is no row.
func TestTableRowsAreNoTitles(t *testing.T) {
	rows := []string{
		"宽城区护眼行动计划                    P20220103-0053   义务教育      人民政府   宽城区教育局        一般债券",
		"   双阳区            75.79        25.83        49.96      74.19        24.34        49.85",
		"地方一般公共预算收入 | 5% | 137 | 0.8% |", // cells apart by |
	}
	for _, s := range rows {
		if !isTableRow(s) {
			t.Errorf("isTableRow(%q) = false", s)
		}
	}
	for _, s := range []string{"政   府   工   作   报   告", "关于2019年预算执行情况的报告     2020-07-30", "2022年政府工作报告", "| 名称 | 2021年政府工作报告 |"} {
		if isTableRow(s) {
			t.Errorf("isTableRow(%q) = true", s)
		}
	}
	lines := []string{rows[0], "宜章县妇幼保健计划生育业务中心配套", rows[1]}
	if got, _ := openingTitle(lines); got != "" {
		t.Errorf("openingTitle(table rows) = %q, want none", got)
	}
}

// TestPresentingOrgan: the department alone over the salutation presents
// the report; one inside the text does not.
func TestPresentingOrgan(t *testing.T) {
	open := []string{"——2026年1月20日在市第十五届", "人民代表大会第五次会议上", "石嘴山市财政局", "各位代表："}
	if got := presentingOrgan(open); got != "石嘴山市财政局" {
		t.Errorf("presentingOrgan = %q", got)
	}
	if got := presentingOrgan([]string{"——2021年8月25日在市第十五届人民代表大会常务委员会第三十一次会议上", "石 嘴 山 市 财 政 局", "主任、各位副主任、秘书长、各位委员："}); got != "石嘴山市财政局" {
		t.Errorf("presentingOrgan before a standing committee, letter-spaced = %q", got)
	}
	if got := presentingOrgan([]string{"石嘴山市财政局", "2026年全市财政收入增长。"}); got != "" {
		t.Errorf("presentingOrgan over text = %q, want none", got)
	}
}

// TestInjectedTail: a phrase a spam site repeats inside the text is cut off a
// title's end; the form a report was given in and a notice's ending are not.
func TestInjectedTail(t *testing.T) {
	open := []string{"受市人民政府委托,生命方舟4攻略现将我市预算提请审议。", "关于2019年预算执行情况的报告（书面）", "书面报告印发各位代表。", "现将纲要的通知如下",
		"为确保2023年政府工作报告重点任务分工落实到位，现通知如下：", "现将2022年度审计工作报告反映问题整改情况报告如下："}
	for in, want := range map[string]string{
		"关于2019年预算执行情况的报告生命方舟4攻略": "关于2019年预算执行情况的报告",
		"关于2019年预算执行情况的报告（书面）":    "关于2019年预算执行情况的报告（书面）",
		"重庆市人民政府关于印发重庆市…规划纲要的通知":  "重庆市人民政府关于印发重庆市…规划纲要的通知",
		"关于2023年政府工作报告重点任务分工":     "关于2023年政府工作报告重点任务分工",
		"关于2022年度审计工作报告反映问题整改情况":  "关于2022年度审计工作报告反映问题整改情况",
	} {
		if got := withoutInjectedTail(in, open); got != want {
			t.Errorf("withoutInjectedTail(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLinkListsAndTableRows: a sidebar's list of links is furniture, a
// report's own list of tables is not; a date spaced out in a PDF's text is no
// table row; a contents entry's leader of ellipses is no part of a title; a
// colon before a slogan is no site's name.
func TestLinkListsAndTableRows(t *testing.T) {
	side := []line{{no: 1, text: "领导讲话 more"}, {no: 2, text: "在全县乡站村室户点标准化… 9-7"}, {no: 3, text: "政府工作报告 5-4"}}
	for i, listed := range linkListEntries(side) {
		if !listed {
			t.Errorf("sidebar line %q not taken for a list of links", side[i].text)
		}
	}
	tables := []line{{no: 1, text: "一般公共预算收入决算表 1-1"}, {no: 2, text: "一般公共预算支出决算表 1-2"}, {no: 3, text: "政府性基金预算收入决算表 2-1"}}
	for i, listed := range linkListEntries(tables) {
		if listed {
			t.Errorf("a report's list of tables: %q taken for a list of links", tables[i].text)
		}
	}
	for _, s := range []string{"关于   2025   年预算执行情况的报告", "——2026   年   1   月   20   日在市第十五届"} {
		if isTableRow(s) {
			t.Errorf("isTableRow(%q) = true", s)
		}
	}
	if s := "双阳区\t75.79\t25.83\t49.96"; !isTableRow(s) {
		t.Errorf("isTableRow(%q) = false", s)
	}
	if got := cleanTitle("关于2025年预算草案的报告……1"); got != "关于2025年预算草案的报告" {
		t.Errorf("cleanTitle(…leader) = %q", got)
	}
	if in := "政府工作报告：打造开放合作新平台"; cleanTitle(in) != in {
		t.Errorf("cleanTitle(%q) = %q", in, cleanTitle(in))
	}
}

// TestHintInRunOnLineKeepsText: a screen reader's hint (跳过导航, 正文内容区域
// 请使用tab按钮切换浏览) is furniture on a line of its own only; on a page
// that lost its line breaks, the line that holds it holds the report too.
func TestHintInRunOnLineKeepsText(t *testing.T) {
	for _, tt := range []struct{ text, kept string }{
		{"跳过导航 首页 政务公开 石门县2023年政府工作报告 ——2023年1月8日在石门县第十八届人民代表大会第二次会议上 石门县人民政府县长 张三 各位代表： 现在，我代表县人民政府向大会报告工作，请予审议。 一、2022年工作回顾 过去一年，全县生产总值增长5.2%。\n", "我代表县人民政府向大会报告工作"},
		{"无障碍 正文内容区域请使用tab按钮切换浏览 石门县2022年国民经济和社会发展统计公报 石门县统计局 (2023年3月20日) 2022年，全县经济运行稳中有进。初步核算，全年生产总值300亿元。\n", "初步核算"},
	} {
		p, err := Parse("hint.txt", []byte(tt.text))
		if err != nil {
			t.Fatalf("Parse(%.40q): %v", tt.text, err)
		}
		found := false
		for _, para := range p.Paragraphs {
			found = found || strings.Contains(para.Text, tt.kept)
		}
		if !found {
			t.Errorf("Parse(%.40q) lost %q", tt.text, tt.kept)
		}
	}
}

// TestRunOnPageHeadKeepsText: a page saved on one line with single spaces
// for its line breaks keeps its report whatever furniture opens it: a page
// clock (今天是), a field the footer marks too (责任编辑:www), a button with a
// colon (分享到:) or a newspaper's page links (下一篇 放大 缩小 默认).
func TestRunOnPageHeadKeepsText(t *testing.T) {
	body := "现在，我代表区人民政府向大会报告工作，请予审议。一、2022年工作回顾。过去一年，全区生产总值增长5.2%，一般公共预算收入增长6.1%。城乡居民人均可支配收入分别增长5.0%和6.8%。全区新建改建道路二十公里，新增城镇就业一万人，民生支出占比达到八成。"
	for _, head := range []string{
		"今天是 梁子湖区2023年政府工作报告 信息来源:区政府办 日期:2023-02-10 ",
		"(内蒙古)2023年苏尼特左旗人民政府工作报告(全文) 发布时间:2023-08-21 22:18   责任编辑:www 2023年1月6日在苏尼特左旗第十六届 人民代表大会第二次会议上 旗人民政府代旗长 双宝 各位代表: ",
		"当前位置: 首页 > 政务公开 > 政府工作报告 2023年某区政府工作报告 发布时间:2023-02-10 10:01 信息来源:区政府办 责任编辑:区政府办 分享到: ",
		"2023年02月27日 星期一       返回报网首页 |   版面导航 当前版: 01版 上一版   下一版 上一期   下一期 往期 上一篇    下一篇 放大 缩小 默认 政府工作报告 (2023年2月26日菏泽市第十九届人民代表大会第二次会议通过) 2月23日,市长在市十九届人大二次会议上作政府工作报告。 ",
	} {
		p, err := Parse("runon.txt", []byte(head+body+"\n"))
		if err != nil {
			t.Errorf("Parse(%.30q): %v", head, err)
			continue
		}
		found := false
		for _, para := range p.Paragraphs {
			found = found || strings.Contains(para.Text, "民生支出占比达到八成")
		}
		if !found {
			t.Errorf("Parse(%.30q…) lost the report", head)
		}
	}
}

// TestFieldValue checks that a field left empty does not take the next
// field's label for its value (meta-107).
func TestFieldValue(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{"发文机构:  发文文号:  铜政办发〔2020〕14号 发布机构:  铜川市人民政府办公室", "铜川市人民政府办公室"},
		{"索 引 号:dyx032-/2025-0110001 公文目录:政府工作报告 发文机构:大姚县金碧镇 主 题 词: 发布日期:2025年01月10日", "大姚县金碧镇"},
		{"发文机构:  发文文号:  铜政办发〔2020〕14号", ""},
		{"发布机构：宜春市统计局", "宜春市统计局"},
		{"发文机构: 主题分类 综合政务 发布机构: 巴马瑶族自治县发展和改革局", "巴马瑶族自治县发展和改革局"},
		{"发文单位: 县融媒体中心网站编辑部", ""},
	} {
		if got := fieldValue(rePublisher, tt.line); got != tt.want {
			t.Errorf("fieldValue(rePublisher, %q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestHeadlineTitleIsParagraph: a title read from the page's head (a
// story's headline over its deck, cut with the head) is a paragraph of the
// document, so that the title a reader is shown can be searched for; a
// title the extractor names without any line saying it (政府工作报告 for a
// text that only says 作工作报告) adds no paragraph, so that counts of the
// phrase stay the text's.
func TestHeadlineTitleIsParagraph(t *testing.T) {
	for _, file := range []string{"deck_acts_with_meeting.txt", "deck_of_names.txt", "session_headline_over_deck.txt"} {
		p, err := ParseFile(filepath.Join("testdata", "unseen", file))
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Paragraphs) == 0 || p.Paragraphs[0].Text != p.Document.Title {
			t.Errorf("%s: title %q is not the first paragraph", file, p.Document.Title)
		}
	}
	p := parseText(t, "各位代表：\n现在，我代表国务院作工作报告，请予审议。\n一、过去一年的工作\n全国生产总值增长百分之五。\n")
	if p.Document.Title != "政府工作报告" {
		t.Fatalf("title %q, want 政府工作报告", p.Document.Title)
	}
	for _, para := range p.Paragraphs {
		if para.Text == "政府工作报告" {
			t.Errorf("a title no line says was added as a paragraph")
		}
	}
}

// TestPlatformDeckIsNoSpeaker checks that a deck on who sat on the platform
// (閆劍波孔凡萍…等在主席臺就座) gives no speaker and so no issuer: 主席 is
// no office there (holdout754/f04).
func TestPlatformDeckIsNoSpeaker(t *testing.T) {
	p, err := ParseFile("testdata/unseen/session_report_parts_platform_deck_trad.txt")
	if err != nil {
		t.Fatal(err)
	}
	if d := p.Document; d.Issuer != "" {
		t.Errorf("issuer %q from %s, want none", d.Issuer, d.MetaSource["issuer"])
	}
	if reSpeaker.MatchString("闫剑波孔凡萍高旭光贾瑞霭刘树军等在主席台就座") || !reSpeaker.MatchString("和平区人民政府区长 郑伟铭") {
		t.Error("reSpeaker reads a platform deck as a speaker, or no longer reads a speaker")
	}
}

// TestDeputySpeakerIssuer checks the issuer a deputy head's speaker line
// gives: the government a deputy mayor speaks for (衡水市人民政府副市长 张伟),
// none for a standing deputy without the place (常务副县长 李四).
func TestDeputySpeakerIssuer(t *testing.T) {
	gaz, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ speaker, issuer string }{
		{"衡水市人民政府副市长 张伟", "衡水市人民政府"},
		{"常务副县长 李四", ""},
		{"和平区人民政府区长 郑伟铭", "和平区人民政府"},
	} {
		m := &metadataReader{gaz: gaz, open: []string{"关于2023年国民经济和社会发展计划执行情况的报告", tt.speaker}}
		if got, _ := m.statedIssuer(); got != tt.issuer {
			t.Errorf("statedIssuer under %q = %q, want %q", tt.speaker, got, tt.issuer)
		}
	}
}
