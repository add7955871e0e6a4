// Renders a notice from memory with libgongwen through JNA, then prints where each seal
// was placed (so an OA system can apply its certified electronic seal, 电子印章, there)
// and the diagnostics.
//
//   java -cp /usr/share/java/jna.jar -Djna.library.path=/opt/gongwen/lib \
//        examples/java/Render.java NOTICE.xml OUT.pdf
//
// Exit status: 0 when the PDF was written, 1 when the notice has errors, 2 on misuse.
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

public class Render {
  // gongwen.h: size_t is a Java long on 64-bit platforms; strings are UTF-8.
  public interface Gongwen extends Library {
    Gongwen LIB = Native.load("gongwen", Gongwen.class,
        Map.of(Library.OPTION_STRING_ENCODING, "UTF-8"));

    Pointer gongwen_engine_new(String fontDir);
    int gongwen_engine_free(Pointer engine);
    Pointer gongwen_options_new();
    int gongwen_options_set_base_dir(Pointer options, String dir);
    int gongwen_options_free(Pointer options);
    int gongwen_render(Pointer engine, byte[] xml, long length, String sourceName,
                       Pointer options, PointerByReference result);
    Pointer gongwen_result_pdf(Pointer result, LongByReference length);
    int gongwen_result_pages(Pointer result);
    long gongwen_result_diagnostic_count(Pointer result);
    String gongwen_result_diagnostic_text(Pointer result, long index);
    long gongwen_result_seal_count(Pointer result);
    int gongwen_result_seal(Pointer result, long index, Seal seal);
    int gongwen_result_free(Pointer result);
  }

  @Structure.FieldOrder({"page", "center_x_mm", "center_y_mm", "diameter_mm", "issuer"})
  public static class Seal extends Structure {  // gongwen_seal
    public int page;
    public double center_x_mm, center_y_mm, diameter_mm;
    public Pointer issuer;  // UTF-8, owned by the result
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: Render NOTICE.xml OUT.pdf");
      System.exit(2);
    }
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
                                      StandardCharsets.UTF_8);
    Gongwen gw = Gongwen.LIB;
    Path notice = Path.of(args[0]).toAbsolutePath();
    byte[] xml = Files.readAllBytes(notice);  // the document in memory

    Pointer engine = gw.gongwen_engine_new(null);  // fonts: beside the installed library
    Pointer options = gw.gongwen_options_new();
    gw.gongwen_options_set_base_dir(options, notice.getParent().toString());  // seal images
    PointerByReference ref = new PointerByReference();
    int status = gw.gongwen_render(engine, xml, xml.length, args[0], options, ref);
    Pointer result = ref.getValue();
    int exit = 1;
    if (result != null) {
      for (long i = 0; i < gw.gongwen_result_diagnostic_count(result); i++) {
        out.println(gw.gongwen_result_diagnostic_text(result, i));
      }
      Seal seal = new Seal();
      for (long i = 0; i < gw.gongwen_result_seal_count(result); i++) {
        gw.gongwen_result_seal(result, i, seal);
        out.printf("seal %d: page %d, centre (%.1f, %.1f) mm, diameter %.1f mm, issuer %s%n",
                   i + 1, seal.page, seal.center_x_mm, seal.center_y_mm, seal.diameter_mm,
                   seal.issuer.getString(0, "UTF-8"));
      }
      if (status == 0) {
        LongByReference length = new LongByReference();
        Pointer pdf = gw.gongwen_result_pdf(result, length);
        Files.write(Path.of(args[1]), pdf.getByteArray(0, (int) length.getValue()));
        out.printf("wrote %s: %d pages, %d bytes%n", args[1], gw.gongwen_result_pages(result),
                   length.getValue());
        exit = 0;
      }
      gw.gongwen_result_free(result);
    } else {
      System.err.println("gongwen_render failed with status " + status);
    }
    gw.gongwen_options_free(options);
    gw.gongwen_engine_free(engine);
    System.exit(exit);
  }
}
