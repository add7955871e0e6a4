/* Uses only the C API: renders a notice from memory and writes the PDF. */
#include <gongwen/gongwen.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s notice.xml out.pdf\n", argv[0]);
    return 2;
  }
  FILE* in = fopen(argv[1], "rb");
  if (!in) return 2;
  static char xml[1 << 20];
  size_t n = fread(xml, 1, sizeof xml, in);
  fclose(in);

  /* Limits fixed for the engine's lifetime: 1 MiB of XML, 100 pages. */
  gongwen_engine* engine = gongwen_engine_new_with_limits(NULL, 1 << 20, 100);
  gongwen_result* result = NULL;
  gongwen_status status = gongwen_render(engine, xml, n, argv[1], NULL, &result);
  for (size_t i = 0; i < gongwen_result_diagnostic_count(result); ++i) {
    fprintf(stderr, "%s\n", gongwen_result_diagnostic_text(result, i));
  }
  int rc = 1;
  if (status == GONGWEN_OK) {
    size_t len = 0;
    const unsigned char* pdf = gongwen_result_pdf(result, &len);
    FILE* out = fopen(argv[2], "wb");
    if (out && fwrite(pdf, 1, len, out) == len) rc = 0;
    if (out) fclose(out);
    printf("version %s: %d pages, %zu bytes\n", gongwen_version(), gongwen_result_pages(result), len);
  }
  if (gongwen_result_free(result) != GONGWEN_OK) rc = 1;
  /* A second free is detected and reported, not undefined behaviour. */
  if (gongwen_result_free(result) != GONGWEN_ERROR_INVALID_HANDLE) rc = 1;
  if (gongwen_engine_free(engine) != GONGWEN_OK) rc = 1;
  return rc;
}
