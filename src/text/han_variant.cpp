#include "text/han_variant.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "common/utf8.hpp"

namespace gongwen::detail {

namespace {

// Frequent characters whose traditional and simplified forms differ, the same words in
// the same order in both lists (這/这, 們/们 …). A few hundred occurrences decide any
// notice; a rare character outside the lists does not matter to a majority.
constexpr std::u32string_view kTraditional =
    U"這個們來時會為國對說還發過經開學門問書長東點樣網體機關於黨員線況義務實現應當進區專業嚴參"
    U"與標護權質議選擇導歷變讓龍馬魚電話車軍報華團聯級組織領動計設單處傳統節數據檔規則條總財場"
    U"衛醫療顯響終結決斷調辦勞稅費價錢銀貨貿產農環壓縮歲師號頭邊從題見視親氣無兒紅頁廣記講認識"
    U"證論語讀請謝戰態熱燈煙鄉縣鎮眾層屆將尋屬島歸兩勝勢萬協隊陽陰際險隨雞難風飛養館驗齊齡黃廠"
    U"歡觀覽顧類顏願災灣億濟構韓緊";
constexpr std::u32string_view kSimplified =
    U"这个们来时会为国对说还发过经开学门问书长东点样网体机关于党员线况义务实现应当进区专业严参"
    U"与标护权质议选择导历变让龙马鱼电话车军报华团联级组织领动计设单处传统节数据档规则条总财场"
    U"卫医疗显响终结决断调办劳税费价钱银货贸产农环压缩岁师号头边从题见视亲气无儿红页广记讲认识"
    U"证论语读请谢战态热灯烟乡县镇众层届将寻属岛归两胜势万协队阳阴际险随鸡难风飞养馆验齐龄黄厂"
    U"欢观览顾类颜愿灾湾亿济构韩紧";

// The lists as one table over the CJK Unified Ideographs block, built once: a lookup per
// character instead of a scan of both lists (measured: the scans were 8 % of a re-render
// of seed 002). +1 traditional, -1 simplified, 0 neither.
constexpr char32_t kBlockFirst = 0x4E00, kBlockLast = 0x9FFF;

const std::array<std::int8_t, kBlockLast - kBlockFirst + 1>& variant_table() {
  static const auto table = [] {
    std::array<std::int8_t, kBlockLast - kBlockFirst + 1> t{};
    // Simplified first, so a character in both lists (none today) counts as traditional,
    // as the scan of kTraditional first did.
    for (char32_t c : kSimplified) {
      if (c >= kBlockFirst && c <= kBlockLast) t[c - kBlockFirst] = -1;
    }
    for (char32_t c : kTraditional) {
      if (c >= kBlockFirst && c <= kBlockLast) t[c - kBlockFirst] = 1;
    }
    return t;
  }();
  return table;
}

}  // namespace

HanVariant han_variant_of(std::string_view utf8) {
  long traditional = 0, simplified = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t c = 0;
    const std::size_t len = decode_utf8(utf8, i, c);
    if (len == 0) {
      ++i;
      continue;
    }
    i += len;
    if (c < kBlockFirst || c > kBlockLast) continue;  // markup, punctuation, rare blocks
    const std::int8_t v = variant_table()[c - kBlockFirst];
    if (v > 0) {
      ++traditional;
    } else if (v < 0) {
      ++simplified;
    }
  }
  return traditional > simplified ? HanVariant::traditional : HanVariant::simplified;
}

std::string family_for_variant(const std::string& family, HanVariant variant) {
  // The family ends before ":Style"; Noto CJK names its faces "… CJK SC" / "… CJK TC".
  const std::size_t colon = std::min(family.find(':'), family.size());
  const std::string name = family.substr(0, colon);
  const std::string_view from = variant == HanVariant::traditional ? " CJK SC" : " CJK TC";
  if (name.size() < from.size() || name.compare(name.size() - from.size(), from.size(), from) != 0) {
    return family;
  }
  return name.substr(0, name.size() - 2) + variant_suffix(variant) + family.substr(colon);
}

const char* variant_suffix(HanVariant variant) {
  return variant == HanVariant::traditional ? "TC" : "SC";
}

}  // namespace gongwen::detail
