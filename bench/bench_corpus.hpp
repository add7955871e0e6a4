// The documents the benchmark renders: seed 002 as published, distinct variants of it (a
// new document each render, as a batch or a service sees them), long documents built from
// its paragraphs, and the 名单 roster.
#pragma once

#include <string>
#include <vector>

namespace gongwen::bench {

std::string slurp(const std::string& path);

class Corpus {
 public:
  // `seed_xml`: seed 002's text; `pool_xml`: other notices whose CJK characters the
  // variants draw from (they render with the default fonts, so every one has a glyph).
  Corpus(std::string seed_xml, const std::vector<std::string>& pool_xml);

  // Variant `n` of the seed: its 发文字号 ends in n号 and a paragraph of 40 characters drawn
  // from the pool by n (a different text and glyph set for each n) opens the body.
  std::string variant(unsigned n) const;
  // How variant() differs, for the benchmark's output.
  static const char* variant_rule();
  // A notice whose body is the seed's paragraphs repeated `paragraphs` times over.
  std::string long_document(int paragraphs) const;
  // Writes variants 1..count into `folder` as notice-NNNNN.xml.
  bool write_variants(const std::string& folder, int count, std::string& error) const;

  const std::string& seed() const { return seed_; }

 private:
  std::string seed_;
  std::vector<std::string> pool_;       // one UTF-8 character each
  std::vector<std::string> paragraphs_;  // the seed's <p>…</p>, as written
};

// A notice whose attachment is a four-column 名单 of `rows` rows (about 20 a page).
std::string roster_notice(int rows);

}  // namespace gongwen::bench
