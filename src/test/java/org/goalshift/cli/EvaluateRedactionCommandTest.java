package org.goalshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code goalshift evaluate-redaction} as an operator runs it, on a gold file on disk. */
class EvaluateRedactionCommandTest {
  @TempDir Path dir;

  @Test
  void printsTheFiguresAndEveryMiss() throws IOException {
    Path gold = dir.resolve("notes gold.csv");
    Files.writeString(
        gold,
        "text,pii,lookalikes\n"
            + "Call me on 07700 900123 after 5pm,PHONE:07700 900123,5pm\n"
            + "meet at the cafe on oak street,ADDRESS:oak street,\n",
        StandardCharsets.UTF_8);

    CommandLineTest.Result result =
        CommandLineTest.run("evaluate-redaction", "--gold", gold.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Texts: 2   details: 2")
        .containsPattern("PHONE +1 +1 +1\\.000")
        .containsPattern("ADDRESS +1 +0 +0\\.000")
        .containsPattern("overall +2 +1 +0\\.500")
        .contains("look-alikes kept: 1/1 (1.000)")
        .contains("Missed details (1):")
        .contains("record 2: ADDRESS 'oak street'");
  }

  @Test
  void aMissingOrMalformedGoldFileIsAUsageError() throws IOException {
    CommandLineTest.Result missing =
        CommandLineTest.run("evaluate-redaction", "--gold", dir.resolve("none.csv").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).startsWith("goalshift: Gold file").contains("does not exist");

    Path wrong = dir.resolve("labels.csv");
    Files.writeString(wrong, "goal_text,label\nx,y\n", StandardCharsets.UTF_8);
    CommandLineTest.Result malformed =
        CommandLineTest.run("evaluate-redaction", "--gold", wrong.toString());
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.err())
        .startsWith("goalshift: Gold file")
        .contains("needs the columns text,expected or text,pii")
        .doesNotContain("Exception");

    CommandLineTest.Result noGold = CommandLineTest.run("evaluate-redaction");
    assertThat(noGold.exitCode()).isEqualTo(2);
    assertThat(noGold.err()).contains("Missing required option: '--gold");
  }
}
