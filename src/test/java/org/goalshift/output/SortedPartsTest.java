package org.goalshift.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge on hand-written parts, for the cases Spark's writer does not produce on purpose. */
class SortedPartsTest {
  @TempDir Path dir;

  private String merge(String... parts) throws IOException {
    List<org.apache.hadoop.fs.Path> paths = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      Path part = dir.resolve("part-" + i + ".csv");
      Files.writeString(part, parts[i], StandardCharsets.UTF_8);
      paths.add(new org.apache.hadoop.fs.Path(part.toUri()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SortedParts.merge(FileSystem.getLocal(new Configuration()).getRaw(), paths, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void recordsMoveWholeWithTheirLineBreaksAndKeepTheirOrderWithinAKey() throws IOException {
    String merged =
        merge(
            "a,1,\"two\nlines\"\nc,1,x\n",
            "\"b,\"\"q\"\"\",1,x\n\"b,\"\"q\"\"\",2,y\nd,1,\n",
            "",
            "aa,1,z\n");

    assertThat(merged)
        .isEqualTo(
            "a,1,\"two\nlines\"\naa,1,z\n\"b,\"\"q\"\"\",1,x\n\"b,\"\"q\"\"\",2,y\nc,1,x\nd,1,\n");
  }

  /** The messages name the part and the record's place, never its id (a goal_id is data). */
  @Test
  void aPartOutOfOrderIsAnError() {
    assertThatThrownBy(() -> merge("g-a,1\ng-c,1\ng-b,1\n", "g-d,1\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("part-0.csv is not sorted by its first field at record 3")
        .hasMessageNotContaining("g-b");
  }

  @Test
  void aKeyInTwoPartsIsAnError() {
    assertThatThrownBy(() -> merge("g-a,1\ng-b,1\n", "g-b,2\n"))
        .isInstanceOf(IOException.class)
        .hasMessageNotContaining("g-b")
        .hasMessageContaining("in both")
        .hasMessageContaining("part-0.csv")
        .hasMessageContaining("part-1.csv")
        .hasMessageContaining("not partitioned by it");
  }

  @Test
  void aPartEndingInsideAQuotedFieldIsAnError() {
    assertThatThrownBy(() -> merge("a,\"never closed\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("part-0.csv ends inside a quoted field");
  }
}
