#include "linebreak/title_phrases.hpp"

#include <algorithm>

#include "linebreak/break_opportunities.hpp"
#include "linebreak/word_dictionary.hpp"

namespace gongwen::detail {

namespace {

// Costs of breaking between two words. A typesetter starts a title's line with a new
// phrase: after 关于, before the verb that governs the rest (做好|加强|推进 …), at a
// conjunction. Inside a phrase the mildest break is between a verb and its object
// (加强|困难群众…); a compound noun (安全生产|工作, 机关事业|单位) or a verb pair
// (加快|推进) is not split. Dictionary part-of-speech tags are too ambiguous in titles
// (保障, 振兴 are tagged verbs but act as nouns), so the phrase heads are listed.
constexpr int kPhrase = 0;
constexpr int kHead = 1;      // before a governing verb
constexpr int kObject = 3;    // between a governing verb and its object
constexpr int kInner = 6;     // other boundaries between words of one phrase
constexpr int kCompound = 8;  // inside a compound noun or a verb pair
constexpr int kIcuWord = 4;   // without the dictionary every ICU word boundary costs the same
constexpr int kInsideWord = 20;

// Verbs that govern what follows in 公文 titles.
constexpr std::u32string_view kHeadVerbs[] = {
    U"加强", U"加快", U"推进", U"推动", U"促进", U"做好", U"开展", U"深化", U"实施", U"实行",
    U"支持", U"调整", U"印发", U"转发", U"建立", U"健全", U"完善", U"提高", U"优化", U"申请",
    U"商请", U"协助", U"发挥", U"落实", U"贯彻", U"召开", U"举办", U"公布", U"表彰", U"下达",
    U"批准", U"同意", U"规范", U"改进", U"减轻", U"巩固", U"拓展", U"扩大", U"强化", U"提升",
    U"坚持", U"打赢", U"培育", U"激发", U"构建", U"打造", U"加大", U"防范", U"化解", U"确保",
    U"鼓励", U"引导", U"统筹", U"聚焦", U"围绕", U"助力", U"推广", U"追加", U"设立", U"成立",
    U"闯",   U"建立健全", U"贯彻落实", U"充分发挥", U"全面推进", U"加快推进", U"深入推进", U"进一步"};
// Verbs that take an object but are nouns as often (农田建设): a break after them only.
constexpr std::u32string_view kObjectVerbs[] = {U"建设", U"服务", U"保障"};
// Predicates that follow their object (推动…工作|常态化|制度化开展).
constexpr std::u32string_view kTrailingPredicates[] = {U"常态化", U"制度化", U"规范化", U"长效化"};
// Adverbs that lead a verb phrase; only after 进一步 may the line break (进一步|加强).
constexpr std::u32string_view kHeadAdverbs[] = {
    U"进一步", U"全面", U"深入", U"切实", U"大力", U"充分", U"着力", U"积极", U"持续", U"更好",
    U"坚决", U"加快"};

// Generic head nouns that close a compound noun in 公文 titles (…物流体系建设, …服务平台,
// …就业工作): what comes before them names which one. GB/T 9704 §7.3.1 (词意完整): a
// compound may be broken only where its modifier ends and its head begins, or after the
// head, where the next compound begins; never inside the modifier (农村|寄递物流).
constexpr std::u32string_view kHeadNouns[] = {
    U"体系", U"体制", U"机制", U"制度", U"平台", U"工作", U"建设", U"改革", U"管理", U"政策",
    U"能力", U"质量", U"队伍", U"资金", U"环境", U"主体", U"负担", U"指南", U"规划", U"方案",
    U"产业", U"现代化"};

template <std::size_t N>
bool listed(const std::u32string_view (&list)[N], std::u32string_view w) {
  for (std::u32string_view x : list) {
    if (x == w) return true;
  }
  return false;
}

// A word that is a head noun or ends in one (服务平台, 实验室安全工作).
bool ends_with_head(std::u32string_view w) {
  for (std::u32string_view h : kHeadNouns) {
    if (w.size() >= h.size() && w.substr(w.size() - h.size()) == h) return true;
  }
  return false;
}

// Whether the word after `prev` opens a noun phrase: `prev` is no noun, or a date unit
// (2023年度 ends a unit of its own).
bool opens_noun_phrase(std::u32string_view text, const Word& prev, std::u32string_view p) {
  if (prev.end - prev.begin == 1 && prev.cls != WordClass::particle &&
      prev.cls != WordClass::conjunction && prev.cls != WordClass::preposition) {
    return false;  // 新|时代: a lone character is bound to the word after it
  }
  if (prev.cls != WordClass::noun && prev.cls != WordClass::verbal_noun) return true;
  const bool date_unit = p == U"年" || p == U"年度" || p == U"季度" || p == U"月";
  return date_unit && prev.begin > 0 && text[prev.begin - 1] >= U'0' && text[prev.begin - 1] <= U'9';
}

// `head_run`: characters of head nouns from r on (体系建设 = 4), 0 when r is none;
// `l_opens`: l is the first word of its noun phrase (after a verb, a date, a particle …).
int pair_cost(std::u32string_view l, WordClass lc, std::u32string_view r, WordClass rc,
              std::size_t head_run, bool l_opens) {
  if (rc == WordClass::conjunction) return kPhrase;
  // 更加完善|的要素…: a line never begins with 的 or 地 — the particle closes the phrase
  // before it (the 的 of 的 + 文种 is a phrase point, set in title_break_costs).
  if (rc == WordClass::particle) return kCompound + 2;
  if (lc == WordClass::conjunction) return kHead;
  if (rc == WordClass::preposition) return kHead;
  if (lc == WordClass::preposition) return kInner;  // 在|坚决: a preposition keeps its object
  const bool l_adverb = listed(kHeadAdverbs, l);
  const bool l_verb = listed(kHeadVerbs, l) && !l_adverb;
  const bool r_head = listed(kHeadVerbs, r) || listed(kHeadAdverbs, r) ||
                      listed(kTrailingPredicates, r) || r == U"新时代";  // 新时代 opens an object
  if (r_head) {
    if (l == U"进一步") return kObject;
    if (l_adverb || l_verb) return kCompound;  // 加快|推进, 全面|实行
    return kHead;
  }
  if (l_adverb) return kCompound;
  if (l_verb || listed(kObjectVerbs, l)) return kObject;
  if (lc == WordClass::particle) return kObject;    // …的|新时代
  if (l.size() == 1 || r.size() == 1) return kCompound + 2;  // 低|碳: a lone character
  const bool l_head = ends_with_head(l), r_head_noun = head_run > 0;
  // 寄递物流|体系建设: a head run of two words begins (a lone head stays: 清单管理).
  if (head_run >= 4 && !l_head) return kHead;
  if (l_head && !r_head_noun && (rc == WordClass::noun || rc == WordClass::verbal_noun)) {
    return kObject;  // 服务平台|移动端…: the next compound begins
  }
  if (rc == WordClass::modifier) return kInner;     // …服务|健康发展: a new predicate
  // A two-character noun opening a noun phrase names what the phrase is about and stays
  // with the noun it modifies (加强|农业种质资源, 2023年度|高校毕业生, 农村学校).
  if (l_opens && l.size() == 2 && lc == WordClass::noun &&
      (rc == WordClass::noun || rc == WordClass::verb) && !r_head_noun) {
    return kCompound + 2;
  }
  if (lc == WordClass::noun && rc == WordClass::verb) return kInner;  // 毕业生|就业质量调查
  return kCompound;
}

// GB/T 9704 §8 文种 (and the usual 实施意见, 办法 …) that end a title after 的.
constexpr std::u32string_view kDocKinds[] = {
    U"决议", U"决定", U"命令", U"公报", U"公告", U"通告", U"意见", U"通知",
    U"通报", U"报告", U"请示", U"批复", U"议案", U"函",   U"纪要", U"办法",
    U"方案", U"规定", U"细则", U"规划", U"计划", U"要点", U"号召", U"倡议书"};

// Length of the 文种 the text ends with (0 if none); 实施意见 and 指导意见 count as 意见.
std::size_t doc_kind_suffix(std::u32string_view t) {
  for (std::u32string_view k : kDocKinds) {
    if (t.size() >= k.size() && t.substr(t.size() - k.size()) == k) return k.size();
  }
  return 0;
}

bool is_space(char32_t c) { return c == U' ' || c == U'\u3000'; }
bool is_pause(char32_t c) { return c == U'、' || c == U'，' || c == U'；' || c == U'：'; }
bool is_conjunction_char(char32_t c) { return c == U'和' || c == U'与' || c == U'及' || c == U'暨'; }

void forbid_inside(std::vector<int>& cost, std::size_t a, std::size_t b) {
  for (std::size_t i = a + 1; i < b; ++i) {
    if (cost[i] < kLastResort) cost[i] += kLastResort;
  }
}

}  // namespace

std::vector<int> title_break_costs(std::u32string_view text,
                                   const std::vector<std::u32string>& names,
                                   const std::vector<Length>& width_before, Length max_width) {
  const std::size_t n = text.size();
  std::vector<int> cost(n + 1, kLastResort + kInsideWord);
  if (n == 0) return cost;

  // Words: the dictionary's segmentation, or ICU's word boundaries when it is absent.
  std::vector<Word> words;
  if (const WordDictionary* dict = title_dictionary()) {
    words = dict->segment(text);
    auto text_of = [&](const Word& w) { return text.substr(w.begin, w.end - w.begin); };
    for (std::size_t w = 1; w < words.size(); ++w) {
      std::size_t head_run = 0;
      for (std::size_t h = w; h < words.size() && listed(kHeadNouns, text_of(words[h])); ++h) {
        head_run += words[h].end - words[h].begin;
      }
      const bool l_opens = w < 2 || opens_noun_phrase(text, words[w - 2], text_of(words[w - 2]));
      cost[words[w].begin] = pair_cost(text_of(words[w - 1]), words[w - 1].cls, text_of(words[w]),
                                       words[w].cls, head_run, l_opens);
      // 资源|保护与利用: a coordinated pair (A与B, A和B) is one unit, a phrase of its own.
      if (w + 2 < words.size() && words[w].end - words[w].begin >= 2 &&
          words[w + 1].end - words[w + 1].begin == 1 &&
          is_conjunction_char(text[words[w + 1].begin])) {
        cost[words[w].begin] = std::min(cost[words[w].begin], kObject);
      }
      // 党（团）员: a character with a bracketed insert is a word, not a lone character.
      const Word& r = words[w];
      if (r.end - r.begin == 1 && r.end < n && text[r.end] == U'（') {
        cost[r.begin] = std::min(cost[r.begin], kInner);
      }
    }
  } else {
    std::vector<bool> at;
    word_boundaries(text, at);
    for (std::size_t i = 1; i < n; ++i) {
      if (!at[i]) continue;
      cost[i] = kIcuWord;
      // A lone conjunction character between words: break before it.
      if (is_conjunction_char(text[i]) && i + 1 < n && at[i + 1]) cost[i] = kPhrase;
    }
  }

  // A number stays with what it counts (2024|年 is never a break).
  for (std::size_t i = 1; i < n; ++i) {
    if (text[i - 1] >= U'0' && text[i - 1] <= U'9') cost[i] = kLastResort + kInsideWord;
  }

  // A date phrase (2024年, 2023年度) ends a unit; quotation marks bound one.
  for (std::size_t i = 1; i < n; ++i) {
    std::size_t d = i;
    while (d > 0 && text[d - 1] >= U'0' && text[d - 1] <= U'9') --d;
    if (d == i || d + 1 >= i + 1) continue;
    for (std::u32string_view unit : {U"年度", U"年", U"季度", U"月"}) {
      const std::size_t e = i + unit.size();
      if (text.substr(i, unit.size()) == unit && e < n && cost[e] < kLastResort) {
        cost[e] = std::min(cost[e], kObject);
        break;
      }
    }
  }
  for (std::size_t i = 1; i < n; ++i) {
    if (text[i] == U'“' || text[i - 1] == U'”') cost[i] = std::min(cost[i], kObject);
  }

  // Punctuation and spaces inside a title separate phrases (and joint issuers); a 、
  // only separates items of one list (党（团）员、干部), which a break splits.
  for (std::size_t i = 1; i < n; ++i) {
    if (text[i - 1] == U'、') {
      cost[i] = kInner;
    } else if (is_pause(text[i - 1]) || is_space(text[i - 1]) || is_space(text[i])) {
      cost[i] = kPhrase;
    }
  }

  // 的 + 文种 at the end (…的通知, …的实施意见, …的总体方案): before 的 or between 的
  // and the 文种; the 文种 with its modifier is one word.
  const std::size_t kind = doc_kind_suffix(text);
  if (kind > 0) {
    constexpr std::size_t kMaxModifier = 4;  // 实施, 指导, 若干, 总体, 暂行 …
    const std::size_t lowest = n > kind + kMaxModifier + 1 ? n - kind - kMaxModifier - 1 : 1;
    for (std::size_t de = n - kind; de-- > lowest;) {
      if (text[de] != U'的') continue;
      cost[de] = kPhrase;
      cost[de + 1] = kPhrase;
      forbid_inside(cost, de + 1, n);
      // The last line may start with 的 or a phrase of its own, not with a lone short word
      // that closes what precedes (“互联网+”|行动的指导意见, …工作|的…) or its conjunct
      // (种质资源保护|与利用的意见): §7.3.1 词意完整.
      for (std::size_t w = 0; w < words.size(); ++w) {
        if (words[w].end != de || words[w].end - words[w].begin > 2) continue;
        cost[words[w].begin] = std::max(cost[words[w].begin], kCompound + 2);
        if (w > 0 && words[w - 1].end - words[w - 1].begin == 1 &&
            is_conjunction_char(text[words[w - 1].begin])) {
          cost[words[w - 1].begin] = std::max(cost[words[w - 1].begin], kCompound + 2);
        }
      }
      break;
    }
  }

  // Before and after 关于 (it introduces the subject); the words before the first 关于
  // are mostly the issuers: broken there only between two of them if at all possible.
  const std::size_t guanyu = text.find(U"关于");
  if (guanyu != std::u32string_view::npos) {
    for (std::size_t i = 1; i < guanyu; ++i) {
      if (cost[i] != kPhrase && cost[i] < kLastResort) cost[i] = std::max(cost[i], kCompound);
    }
    if (guanyu > 0) cost[guanyu] = kPhrase;
    cost[guanyu + 1] = kLastResort + kInsideWord;
    if (guanyu + 2 < n) cost[guanyu + 2] = kPhrase;
  }

  // 《…》 stays whole unless it alone is longer than a line; the marks are phrase edges.
  for (std::size_t open = text.find(U'《'); open != std::u32string_view::npos;
       open = text.find(U'《', open + 1)) {
    const std::size_t close = text.find(U'》', open);
    if (close == std::u32string_view::npos) break;
    if (open > 0) cost[open] = kPhrase;
    if (close + 1 < n) cost[close + 1] = kPhrase;
    if (width_before[close + 1] - width_before[open] <= max_width) forbid_inside(cost, open, close + 1);
  }

  // Issuer names are never split; a break right after one is a phrase boundary.
  for (const std::u32string& name : names) {
    if (name.size() < 2) continue;
    for (std::size_t at = text.find(name); at != std::u32string_view::npos;
         at = text.find(name, at + 1)) {
      forbid_inside(cost, at, at + name.size());
      if (at > 0 && cost[at] < kLastResort) cost[at] = std::min(cost[at], kObject);
      if (at + name.size() < n) cost[at + name.size()] = kPhrase;
    }
  }
  cost[0] = kLastResort + kInsideWord;
  cost[n] = kPhrase;
  return cost;
}

}  // namespace gongwen::detail
