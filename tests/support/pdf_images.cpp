#include "support/pdf_images.hpp"

#define POINTERHOLDER_TRANSITION 4  // qpdf 11: no legacy PointerHolder
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

namespace gongwen::test {

namespace {

std::vector<std::uint8_t> decoded(QPDFObjectHandle stream) {
  std::shared_ptr<Buffer> b = stream.getStreamData(qpdf_dl_all);
  return {b->getBuffer(), b->getBuffer() + b->getSize()};
}

std::string first_filter(QPDFObjectHandle dict) {
  QPDFObjectHandle f = dict.getKey("/Filter");
  if (f.isArray() && f.getArrayNItems() > 0) f = f.getArrayItem(0);
  return f.isName() ? f.getName() : "";
}

}  // namespace

std::vector<std::vector<PdfImageData>> read_page_images(const std::vector<unsigned char>& pdf) {
  QPDF q;
  q.processMemoryFile("seal.pdf", reinterpret_cast<const char*>(pdf.data()), pdf.size());
  std::vector<std::vector<PdfImageData>> out;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(q).getAllPages()) {
    std::vector<PdfImageData> images;
    for (auto& [name, image] : page.getImages()) {
      QPDFObjectHandle d = image.getDict();
      PdfImageData im;
      im.width = d.getKey("/Width").getIntValueAsInt();
      im.height = d.getKey("/Height").getIntValueAsInt();
      im.bits = d.getKey("/BitsPerComponent").getIntValueAsInt();
      if (d.getKey("/ColorSpace").isName()) im.color_space = d.getKey("/ColorSpace").getName();
      im.filter = first_filter(d);
      im.pixels = decoded(image);
      QPDFObjectHandle mask = d.getKey("/SMask");
      if (mask.isStream()) {
        im.has_smask = true;
        im.smask = decoded(mask);
        im.smask_filter = first_filter(mask.getDict());
      }
      images.push_back(std::move(im));
    }
    out.push_back(std::move(images));
  }
  return out;
}

}  // namespace gongwen::test
