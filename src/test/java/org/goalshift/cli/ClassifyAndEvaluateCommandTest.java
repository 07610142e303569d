package org.goalshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** classify and evaluate run on real files and handle both dimensions. */
class ClassifyAndEvaluateCommandTest {
  @TempDir Path dir;

  @Test
  void classifyAddsTheDirectionColumnsAfterTheFramingOnes() throws IOException {
    Path input =
        Files.writeString(
            dir.resolve("goals.csv"),
            "id,goal_text\n"
                + "a,Worry less and enjoy my weekends more\n"
                + "b,Stop avoiding parties\n"
                + "c,Drink less\n");
    Path output = dir.resolve("labelled.csv");

    CommandLineTest.Result result =
        CommandLineTest.run("classify", "--input", input.toString(), "--output", output.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> lines = Files.readAllLines(output);
    assertThat(lines.get(0))
        .isEqualTo(
            "id,goal_text,label,cues,confidence,direction,direction_cues,direction_confidence");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).startsWith("a,").contains(",mixed,");
    assertThat(lines.get(2)).startsWith("b,").contains(",approach,");
    assertThat(lines.get(3)).startsWith("c,").contains(",avoidance,");
    assertThat(result.err()).contains("goalshift: labelled " + input + " into " + output);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder("goals.csv", "labelled.csv");
    }
  }

  @Test
  void evaluateScoresADirectionOnlyGoldFile() throws IOException {
    Path gold =
        Files.writeString(
            dir.resolve("gold.csv"),
            "id,goal_text,direction\n"
                + "1,Spend more time with friends,approach\n"
                + "2,No more panic attacks at work,avoidance\n"
                + "3,Not sure yet,none\n");

    CommandLineTest.Result result = CommandLineTest.run("evaluate", "--gold", gold.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .startsWith("Direction: 3 goals   accuracy: 1.000")
        .contains("Cohen's kappa: 1.000", "Misclassified: 0")
        .doesNotContain("Framing");
  }
}
