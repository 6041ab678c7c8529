package io.dataflare.quality.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.quality.evidence.internal.PublicTypeScanner.TopLevelType;
import org.junit.jupiter.api.Test;

class PublicTypeScannerTests {

  @Test
  void aJavadocCommentBeforeAnnotationsAndModifiersDocumentsTheType() {
    assertThat(
            PublicTypeScanner.scan(
                """
                /* license */
                package a;

                import java.util.List;

                /** Documented. */
                @SuppressWarnings({"unchecked", "rawtypes"})
                @Deprecated(since = "1")
                public final class A {}
                """))
        .containsExactly(new TopLevelType("A", true, true));
  }

  @Test
  void aJavadocBeforeThePackageOrAnImportDocumentsNothing() {
    assertThat(
            PublicTypeScanner.scan(
                """
                /** About the file. */
                package a;
                /** About an import. */
                import java.util.List;
                public interface B {}
                """))
        .containsExactly(new TopLevelType("B", true, false));
  }

  @Test
  void findsEveryKindOfTypeAndWhetherItIsPublic() {
    assertThat(
            PublicTypeScanner.scan(
                """
                package a;
                /** R. */ public record R(int x) { public R { if (x < 0) { throw new E("{"); } } }
                enum E2 { ONE }
                /** An annotation. */ public @interface Marker {}
                public sealed interface S permits T {}
                /** T. */ final class T implements S { String s = "}"; char c = '{'; }
                """))
        .containsExactly(
            new TopLevelType("R", true, true),
            new TopLevelType("E2", false, false),
            new TopLevelType("Marker", true, true),
            new TopLevelType("S", true, false),
            new TopLevelType("T", false, true));
  }

  @Test
  void bracesInCommentsAndTextBlocksDoNotEndATypeEarly() {
    assertThat(
            PublicTypeScanner.scan(
                "package a;\n/** X. */\npublic class X {\n  // }\n  /* } */\n"
                    + "  String t = \"\"\"\n      }\n      \"\"\";\n}\n"
                    + "public class Y {}\n"))
        .containsExactly(new TopLevelType("X", true, true), new TopLevelType("Y", true, false));
  }
}
