package org.goalshift.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Every figure in plain words, how goals are classified, and the privacy rules applied. */
final class DefinitionsSheet {
  static final String NAME = "Definitions";
  static final String[] TITLES = {"Figure", "What it means"};
  private static final int FIGURE_WIDTH = 46;
  private static final int MEANING_WIDTH = 110;
  private static final float POINTS_PER_LINE = 13f;
  static final String[][] FIGURES = {
    {
      "Goal",
      "One goal a client set in therapy. Each time it is reworded, a new version is recorded."
    },
    {
      "Active goals",
      "Goals with a version recorded in the month or earlier that were not yet achieved"
          + " or discontinued during the month."
    },
    {"New goals", "Goals whose first version was recorded in the month."},
    {
      "Revisions",
      "Versions recorded in the month whose wording differs from the version before"
          + " (ignoring capital letters, spacing and blanks at the ends). Saving the same words again"
          + " is not a revision."
    },
    {
      "Goals revised",
      "Goals with at least one revision in the month (a goal revised twice counts once)."
    },
    {
      "Reframes to relationship",
      "Revisions that turned a goal framed as a target to reach into a"
          + " relationship-oriented goal. A sign that therapy is helping the client relate differently to"
          + " their difficulty."
    },
    {
      "Reframes to performance",
      "The reverse: a relationship-oriented goal reworded into a target to reach."
    },
    {
      "Performance target / Relationship-oriented / Unclassified",
      "Active goals counted by how their" + " latest version is framed (see below)."
    },
    {
      "Share relationship-oriented",
      "Relationship-oriented goals divided by the active goals that have"
          + " a label. The 12-month average pools the twelve months."
    },
    {
      "Revised within 90 days",
      "Of the goals set at least 90 days before the end of the report month,"
          + " the share revised within 90 days of their first version. It is a running figure over all"
          + " such goals, so it has no previous-month value. On the Trends sheet it is shown for the goals"
          + " set in each month."
    },
    {
      "Median days to first revision",
      "The number of days by which half of the goals had their first"
          + " revision, estimated with the Kaplan-Meier method so that goals not (yet) revised count"
          + " for as long as they were followed. Empty where fewer than half were ever revised."
    },
    {
      "Goals unchanged for 90+ days",
      "Open goals whose latest version is a target to reach and which"
          + " have not been reworded for 90 days or more. They are listed on the Attention sheet."
    },
    {
      "Days unchanged",
      "Days from the goal's last revision (or its first version, if never revised)"
          + " to the end of the report month."
    },
    {
      "Cues",
      "The words in the goal text that decided its label (on the Attention sheet's second"
          + " list, its direction)."
    },
    {
      "Approach, avoidance, mixed, no direction",
      "Active goals counted by the direction of" + " their latest version (see below)."
    },
    {
      "Share naming something wanted",
      "Active goals whose latest version names something the"
          + " client wants more of (approach or mixed), divided by all active goals. The 12-month"
          + " average pools the twelve months."
    },
    {
      "Clients whose goals are all \"less of\"",
      "Clients with at least one open goal whose"
          + " open goals are, at their latest wording, all avoidance goals: each names only something"
          + " to stop or reduce. Listed on the Attention sheet with those goals."
    },
    {
      "12-month average",
      "The mean of the twelve months ending at the report month (for shares, the"
          + " pooled share of the twelve months)."
    },
    {"Direction", "Up, down or same compared with the previous month, as the figures are shown."},
    {
      "95% interval",
      "Where a share rests on fewer than 30 goals, the range that holds the underlying"
          + " rate with 95% confidence (Wilson's method). Wide ranges mean: do not read much into it."
    }
  };
  static final String[][] LABELS = {
    {
      "Performance target",
      "Success is reaching, removing or fixing an end state, often absolute:"
          + " \"stop feeling anxious\", \"never get angry again\", \"sleep 8 hours every night\"."
    },
    {
      "Relationship-oriented",
      "Success is how the client understands, notices, accepts or responds to"
          + " an experience, or builds skills to live with it: \"notice my anger sooner and choose how to"
          + " respond\", \"understand what my sadness is telling me\"."
    },
    {
      "Unclassified",
      "Neither framing: exploratory, administrative or too short to tell, such as"
          + " \"talk about my childhood\" or \"goal to be set next session\"."
    },
    {
      "How it is decided",
      "goalshift reads each version's wording for cues of each framing (words such"
          + " as \"stop\", \"get rid of\", \"never\" against \"notice\", \"cope\", \"respond\"), takes"
          + " negation and \"rather than\" into account, and records the cues it used."
    }
  };
  static final String[][] DIRECTIONS = {
    {
      "Direction of a goal",
      "Separately from its framing, each goal is read for what it moves"
          + " toward or away from: \"what do you want more of, not just less of?\" A target can point"
          + " toward something wanted (\"be happy every day\") and a relationship-oriented goal can"
          + " point away (\"let the worry bother me less\")."
    },
    {
      "Approach",
      "Success is having more of something wanted: a feeling, an activity, a skill, a"
          + " relationship: \"spend more time with friends\", \"learn to notice my anger sooner\","
          + " \"cope with my anxiety\" (coping is a skill, not the anxiety's absence), \"stop avoiding"
          + " parties\" (success is going)."
    },
    {
      "Avoidance",
      "Success is only less of something unwanted, or none of it: \"drink less\","
          + " \"no more panic attacks at work\", \"never get angry again\"."
    },
    {
      "Mixed",
      "Both: something to reduce and something to gain, each part of success: \"worry less"
          + " and enjoy my weekends more\", \"go to the supermarket without having a panic attack\"."
    },
    {
      "No direction",
      "Exploratory, administrative or too vague: \"talk about my childhood\", \"not"
          + " sure yet\"."
    },
    {
      "Why it matters",
      "Clients whose goals only move away from something unwanted tend to gain less"
          + " in well-being over therapy than clients whose goals move toward something they want."
          + " goalshift reads the direction from words such as \"less\", \"stop\", \"no more\","
          + " \"without\" against \"more\", \"learn\", \"enjoy\", and records the cues it used."
    }
  };

  private final Styles styles;

  DefinitionsSheet(Styles styles) {
    this.styles = styles;
  }

  void write(Sheet sheet, String title, ReportSettings settings) {
    SheetLayout.title(sheet, title, "Every figure in these workbooks, in plain words.", styles);
    int rowIndex = 3;
    SheetLayout.header(sheet, rowIndex++, TITLES, styles);
    rowIndex = rows(sheet, rowIndex, FIGURES);
    Cells.text(sheet.createRow(++rowIndex), 0, "How goals are classified", styles, Style.SECTION);
    rowIndex = rows(sheet, rowIndex + 1, LABELS);
    Cells.text(
        sheet.createRow(++rowIndex),
        0,
        "Toward or away: the direction of a goal",
        styles,
        Style.SECTION);
    rowIndex = rows(sheet, rowIndex + 1, DIRECTIONS);
    Cells.text(sheet.createRow(++rowIndex), 0, "Privacy", styles, Style.SECTION);
    String[][] privacy = {
      {
        "Small counts",
        "In tables by therapist or supervisor, a count from 1 to "
            + (settings.smallCountThreshold() - 1)
            + " is shown as \"<"
            + settings.smallCountThreshold()
            + "\" so that no client can be singled out. Zero is shown."
      },
      {
        "hidden",
        "A second count hidden so that the hidden small count cannot be worked out from the"
            + " total, or a share whose numerator or denominator is a small count."
      },
      {
        "Rounding",
        settings.roundToNearestFive()
            ? "Counts in tables by therapist or supervisor are rounded to the nearest 5."
            : "Counts are not rounded."
      },
      {
        "Identifiers",
        "Goal, client and therapist ids are pseudonymous. Goal text has names, contact"
            + " details, dates and identifier numbers replaced by placeholders such as [NAME]."
      }
    };
    rows(sheet, rowIndex + 1, privacy);
    SheetLayout.widths(sheet, FIGURE_WIDTH, MEANING_WIDTH);
    sheet.createFreezePane(0, 4);
  }

  private int rows(Sheet sheet, int firstRow, String[][] entries) {
    int rowIndex = firstRow;
    for (String[] entry : entries) {
      Row row = sheet.createRow(rowIndex++);
      Cells.text(row, 0, entry[0], styles, Style.LABEL);
      Cells.text(row, 1, entry[1], styles, Style.WRAPPED_TEXT);
      // A streamed row does not grow to fit wrapped text, so it is given the lines it needs.
      int lines = Math.max(1, (int) Math.ceil(entry[1].length() * 1.1 / MEANING_WIDTH));
      row.setHeightInPoints(lines * POINTS_PER_LINE + 2);
    }
    return rowIndex;
  }
}
