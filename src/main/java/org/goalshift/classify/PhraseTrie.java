package org.goalshift.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over normalised tokens holding every lexicon phrase at once. Matching from one position
 * walks at most as many tokens as the longest phrase, so a whole text is matched in time linear in
 * its length whatever the number of phrases. Edges are exact words, word prefixes ("recognis*") or
 * "any number".
 *
 * @param <T> what a phrase stands for (a rule part, an alias replacement)
 */
final class PhraseTrie<T> {
  private final Node<T> root = new Node<>();

  /** Reports a phrase found from the start position up to (exclusive) token {@code end}. */
  interface Hit<T> {
    void found(T payload, int end);
  }

  private static final class Node<T> {
    final Map<String, Node<T>> words = new HashMap<>();

    /** Word-prefix edges by their first letter, so a token only tries the few that could fit. */
    final Map<Character, List<Map.Entry<String, Node<T>>>> prefixesByFirstLetter = new HashMap<>();

    Node<T> number;
    final List<T> payloads = new ArrayList<>();
  }

  /** Adds a phrase of pattern elements (see {@link Lexicon}); "a|b" elements branch. */
  void add(List<String> elements, T payload) {
    add(root, elements, 0, payload);
  }

  private void add(Node<T> node, List<String> elements, int index, T payload) {
    if (index == elements.size()) {
      node.payloads.add(payload);
      return;
    }
    String element = elements.get(index);
    for (String alternative : element.split("\\|")) {
      add(child(node, alternative), elements, index + 1, payload);
    }
  }

  private Node<T> child(Node<T> node, String element) {
    if (element.equals(Lexicon.NUMBER)) {
      if (node.number == null) {
        node.number = new Node<>();
      }
      return node.number;
    }
    if (element.endsWith("*")) {
      String prefix = element.substring(0, element.length() - 1);
      List<Map.Entry<String, Node<T>>> prefixes =
          node.prefixesByFirstLetter.computeIfAbsent(
              prefix.charAt(0), ignored -> new ArrayList<>());
      for (Map.Entry<String, Node<T>> entry : prefixes) {
        if (entry.getKey().equals(prefix)) {
          return entry.getValue();
        }
      }
      Node<T> created = new Node<>();
      prefixes.add(Map.entry(prefix, created));
      return created;
    }
    return node.words.computeIfAbsent(element, ignored -> new Node<>());
  }

  /** Every phrase that starts at {@code start}, staying inside the start token's clause. */
  void matchAt(List<Token> tokens, int start, Hit<T> hit) {
    walk(root, tokens, start, tokens.get(start).clause(), hit);
  }

  private void walk(Node<T> node, List<Token> tokens, int position, int clause, Hit<T> hit) {
    for (T payload : node.payloads) {
      hit.found(payload, position);
    }
    if (position == tokens.size() || tokens.get(position).clause() != clause) {
      return;
    }
    Token token = tokens.get(position);
    Node<T> exact = node.words.get(token.text());
    if (exact != null) {
      walk(exact, tokens, position + 1, clause, hit);
    }
    if (token.number() && node.number != null) {
      walk(node.number, tokens, position + 1, clause, hit);
    }
    if (!node.prefixesByFirstLetter.isEmpty() && !token.text().isEmpty()) {
      List<Map.Entry<String, Node<T>>> prefixes =
          node.prefixesByFirstLetter.get(token.text().charAt(0));
      if (prefixes != null) {
        for (Map.Entry<String, Node<T>> entry : prefixes) {
          if (token.text().startsWith(entry.getKey())) {
            walk(entry.getValue(), tokens, position + 1, clause, hit);
          }
        }
      }
    }
  }
}
