package org.goalshift.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;

/**
 * manifest.json, the one file that says what a store holds: which exports (by the SHA-256 of their
 * bytes), in which folder each one's records are, what they were made with, and how many buckets
 * the records are hashed into by goal. Parts not named here are not the store's: a run killed while
 * adding to it leaves them, and the next run removes them.
 *
 * @param format the layout of the store; a store of another layout is made again from the exports
 * @param madeWith what every record in the store was read, labelled and redacted with
 * @param buckets records of each export are hashed by goal_id into this many files
 * @param exports one entry per export content
 */
record Manifest(int format, Fingerprints madeWith, int buckets, List<Export> exports) {
  static final int FORMAT = 1;

  /**
   * @param digest SHA-256 of the export file's bytes, as stored (compressed if it is)
   * @param part the name of the folder its records are in, under records/
   * @param names the names the export was given under in the run that last used it
   * @param files the Parquet files of the part and their sizes, checked before they are read
   */
  record Export(String digest, String part, List<String> names, List<PartFile> files) {}

  record PartFile(String name, long bytes) {}

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

  byte[] toJson() {
    try {
      return JSON.writeValueAsBytes(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a manifest always has a JSON form", e);
    }
  }

  /**
   * @return the manifest, or null when it is of another layout (written by another goalshift)
   * @throws IOException when the bytes are not a manifest
   */
  static Manifest fromJson(byte[] json) throws IOException {
    JsonNode tree = JSON.readTree(json);
    if (tree == null || !tree.path("format").isInt()) {
      throw new IOException("it has no layout number");
    }
    if (tree.get("format").asInt() != FORMAT) {
      return null;
    }
    return JSON.treeToValue(tree, Manifest.class);
  }
}
