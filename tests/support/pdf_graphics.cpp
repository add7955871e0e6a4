#include "support/pdf_graphics.hpp"

#define POINTERHOLDER_TRANSITION 4  // qpdf 11: no legacy PointerHolder
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <array>
#include <cstdio>
#include <stdexcept>

namespace gongwen::test {

namespace {

constexpr double kMmPerPt = 25.4 / 72.0;

using Matrix = std::array<double, 6>;

Matrix multiply(const Matrix& a, const Matrix& b) {  // a then b
  return {a[0] * b[0] + a[1] * b[2],        a[0] * b[1] + a[1] * b[3],
          a[2] * b[0] + a[3] * b[2],        a[2] * b[1] + a[3] * b[3],
          a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]};
}

std::string fmt_color(const char* space, const std::vector<double>& v) {
  std::string s = std::string(space) + "(";
  for (std::size_t i = 0; i < v.size(); ++i) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%g", i ? "," : "", v[i]);
    s += buf;
  }
  return s + ")";
}

class Collector : public QPDFObjectHandle::ParserCallbacks {
 public:
  Collector(double page_height, QPDFObjectHandle resources)
      : page_height_(page_height), resources_(resources) {}

  void handleObject(QPDFObjectHandle obj) override {
    if (!obj.isOperator()) {
      operands_.push_back(obj);
      return;
    }
    const std::string op = obj.getOperatorValue();
    State& st = stack_.back();
    if (op == "q") {
      stack_.push_back(st);
    } else if (op == "Q") {
      if (stack_.size() > 1) stack_.pop_back();
    } else if (op == "cm" && operands_.size() == 6) {
      Matrix m;
      for (int i = 0; i < 6; ++i) m[i] = operands_[i].getNumericValue();
      st.ctm = multiply(m, st.ctm);
    } else if (op == "rg" || op == "k" || op == "g") {
      std::vector<double> v;
      for (auto& o : operands_) v.push_back(o.getNumericValue());
      st.fill = fmt_color(op == "rg" ? "rgb" : op == "k" ? "cmyk" : "gray", v);
    } else if (op == "re" && operands_.size() == 4) {
      pending_.push_back({operands_[0].getNumericValue(), operands_[1].getNumericValue(),
                          operands_[2].getNumericValue(), operands_[3].getNumericValue()});
    } else if (op == "f" || op == "F" || op == "f*") {
      for (const auto& r : pending_) add_rect(r, st);
      pending_.clear();
    } else if (op == "n" || op == "S" || op == "s" || op == "B" || op == "b") {
      pending_.clear();
    } else if (op == "gs" && operands_.size() == 1) {
      QPDFObjectHandle gs = resources_.getKey("/ExtGState").getKey(operands_[0].getName());
      if (gs.isDictionary() && gs.hasKey("/BM")) {
        QPDFObjectHandle bm = gs.getKey("/BM");
        st.multiply = bm.isName() && bm.getName() == "/Multiply";
      }
    } else if (op == "Do") {
      // The unit square under the CTM.
      const Matrix& m = st.ctm;
      PdfImage img;
      img.w = m[0] * kMmPerPt;
      img.h = m[3] * kMmPerPt;
      img.x = m[4] * kMmPerPt;
      img.y = (page_height_ - (m[5] + m[3])) * kMmPerPt;
      img.multiply = st.multiply;
      out.images.push_back(img);
    }
    operands_.clear();
  }
  void handleEOF() override {}

  PdfGraphics out;

 private:
  struct State {
    Matrix ctm{1, 0, 0, 1, 0, 0};
    std::string fill = "gray(0)";
    bool multiply = false;
  };
  void add_rect(const std::array<double, 4>& r, const State& st) {
    const Matrix& m = st.ctm;  // rules are drawn untransformed or translated/scaled only
    double x0 = r[0] * m[0] + m[4], y0 = r[1] * m[3] + m[5];
    double x1 = (r[0] + r[2]) * m[0] + m[4], y1 = (r[1] + r[3]) * m[3] + m[5];
    PdfRect rect;
    rect.x = std::min(x0, x1) * kMmPerPt;
    rect.w = std::abs(x1 - x0) * kMmPerPt;
    rect.h = std::abs(y1 - y0) * kMmPerPt;
    rect.y = (page_height_ - std::max(y0, y1)) * kMmPerPt;
    rect.color = st.fill;
    out.rects.push_back(rect);
  }

  double page_height_;
  QPDFObjectHandle resources_;
  std::vector<QPDFObjectHandle> operands_;
  std::vector<std::array<double, 4>> pending_;
  std::vector<State> stack_{State{}};
};

}  // namespace

std::vector<PdfGraphics> read_graphics(const std::vector<unsigned char>& pdf) {
  QPDF q;
  q.processMemoryFile("test.pdf", reinterpret_cast<const char*>(pdf.data()), pdf.size());
  std::vector<PdfGraphics> pages;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(q).getAllPages()) {
    QPDFObjectHandle box = page.getMediaBox();
    double height = box.getArrayItem(3).getNumericValue() - box.getArrayItem(1).getNumericValue();
    Collector c(height, page.getAttribute("/Resources", false));
    page.parseContents(&c);
    pages.push_back(std::move(c.out));
  }
  return pages;
}

}  // namespace gongwen::test
