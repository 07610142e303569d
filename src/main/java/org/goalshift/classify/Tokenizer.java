package org.goalshift.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits goal text into normalised tokens in one pass. Exports mix curly and straight quotes, en
 * and em dashes, glued units ("10kg", "4x") and American spellings, so all of these are folded here
 * rather than multiplied out in the lexicon.
 */
final class Tokenizer {
  private Tokenizer() {}

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean wordIsNumber = false;
    int sentence = 0;
    int clause = 0;
    String lower = text.toLowerCase(Locale.ROOT);
    int length = lower.length();
    for (int i = 0; i < length; i++) {
      char c = lower.charAt(i);
      if (Character.isLetter(c)) {
        if (wordIsNumber && word.length() > 0) {
          tokens.add(new Token(word.toString(), true, sentence, clause));
          word.setLength(0);
        }
        wordIsNumber = false;
        word.append(c);
        continue;
      }
      if (Character.isDigit(c)) {
        if (!wordIsNumber && word.length() > 0) {
          tokens.add(finishWord(word, sentence, clause));
        }
        wordIsNumber = true;
        word.append(c);
        continue;
      }
      boolean insideNumber =
          wordIsNumber
              && (c == '.' || c == ',' || c == ':')
              && i + 1 < length
              && Character.isDigit(lower.charAt(i + 1));
      if (insideNumber) {
        word.append(c);
        continue;
      }
      boolean insideWordApostrophe =
          (c == '\'' || c == '\u2019' || c == '\u2018')
              && !wordIsNumber
              && word.length() > 0
              && i + 1 < length
              && Character.isLetter(lower.charAt(i + 1));
      if (insideWordApostrophe) {
        continue;
      }
      if (word.length() > 0) {
        tokens.add(
            wordIsNumber
                ? new Token(word.toString(), true, sentence, clause)
                : finishWord(word, sentence, clause));
        word.setLength(0);
      }
      wordIsNumber = false;
      switch (c) {
        case '.', '!', '?', ';', '\n', '\r', '\u2026' -> {
          sentence++;
          clause++;
        }
        case ',', ':', '(', ')', '\u2013', '\u2014' -> clause++;
        case '-' -> {
          // A hyphen inside a word ("self-compassion") only separates; a free-standing one is a
          // dash.
          boolean spaced =
              (i == 0 || lower.charAt(i - 1) == ' ' || lower.charAt(i - 1) == '\n')
                  || (i + 1 == length || lower.charAt(i + 1) == ' ');
          if (spaced) {
            clause++;
          }
        }
        case '/', '%', '+', '<', '>', '=' ->
            tokens.add(new Token(String.valueOf(c), false, sentence, clause));
        case '&' -> tokens.add(new Token("and", false, sentence, clause));
        default -> {
          // Spaces, quotes and other symbols separate words and carry no meaning here.
        }
      }
    }
    if (word.length() > 0) {
      tokens.add(
          wordIsNumber
              ? new Token(word.toString(), true, sentence, clause)
              : finishWord(word, sentence, clause));
    }
    return tokens;
  }

  private static Token finishWord(StringBuilder word, int sentence, int clause) {
    Token token = new Token(britishSpelling(word.toString()), false, sentence, clause);
    word.setLength(0);
    return token;
  }

  /**
   * recognize -> recognise, organizing -> organising: the lexicon is written in British spelling.
   */
  static String britishSpelling(String word) {
    int at = word.lastIndexOf('z') - 1;
    if (at >= 3 && word.charAt(at) == 'i') {
      String tail = word.substring(at + 2);
      if (tail.equals("e")
          || tail.equals("ed")
          || tail.equals("es")
          || tail.equals("ing")
          || tail.equals("ation")
          || tail.equals("ations")) {
        return word.substring(0, at) + "is" + tail;
      }
    }
    return word;
  }
}
