package org.goalshift.store;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.goalshift.schema.Columns.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.goalshift.classify.Lexicon;
import org.goalshift.engine.Parallel;
import org.goalshift.ingest.ColumnMapping;
import org.goalshift.ingest.CsvIngest;
import org.goalshift.ingest.InputFiles.InputFile;
import org.goalshift.output.FolderLock;
import org.goalshift.schema.Schemas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder that keeps the checked, labelled and redacted records of every export a report has read
 * ({@link Records}), as Parquet, so that a monthly run reads only the exports that are new. An
 * export is known by the SHA-256 of its bytes, not its name or time: a renamed file is not read
 * again, a changed one is. docs/contracts.md describes the folder for researchers who read it.
 *
 * <p>Each export's records are one folder under {@code records/}, hashed by goal_id into a fixed
 * number of bucket files, so that a report reads every export's records already clustered by goal,
 * with no shuffle. {@code manifest.json} ({@link Manifest}) names the folders that belong to the
 * store; a new folder is written beside the old ones and counts only once a new manifest names it.
 * So a run killed while adding to the store leaves it as it was, and the next run removes what it
 * left. One run at a time holds the store ({@code .lock}).
 */
public final class GoalStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GoalStore.class);

  static final String MANIFEST = "manifest.json";
  static final String RECORDS = "records";
  private static final String LOCK = ".lock";
  private static final String MANIFEST_BEING_WRITTEN = ".manifest.json.new-";

  /**
   * Object stores replace an object in one step but have no rename, so there the manifest is
   * written in place; a file system renames a finished file over it.
   */
  private static final Set<String> OBJECT_STORES =
      Set.of("s3a", "s3", "s3n", "gs", "abfs", "abfss", "wasb", "wasbs", "oss", "cosn", "obs");

  private final SparkSession spark;
  private final FileSystem fs;
  private final Path root;
  private final String shownRoot;
  private final FolderLock lock;
  private final Manifest previous;
  private final String rebuiltBecause;
  private Manifest committed;
  private String table;

  private GoalStore(
      SparkSession spark,
      FileSystem fs,
      Path root,
      String shownRoot,
      FolderLock lock,
      Manifest previous,
      String rebuiltBecause) {
    this.spark = spark;
    this.fs = fs;
    this.root = root;
    this.shownRoot = shownRoot;
    this.lock = lock;
    this.previous = previous;
    this.rebuiltBecause = rebuiltBecause;
  }

  /**
   * Takes the store for this run, creating its folder if need be.
   *
   * @param rebuild start over from the exports, whatever the store holds
   * @throws FolderLock.HeldException when another run holds the store
   * @throws StoreDamagedException when the manifest cannot be read and {@code rebuild} is off
   */
  public static GoalStore open(SparkSession spark, String dir, boolean rebuild) {
    FolderLock lock = null;
    try {
      Configuration conf = spark.sparkContext().hadoopConfiguration();
      Path given = new Path(dir);
      FileSystem fs = given.getFileSystem(conf);
      Path root = fs.makeQualified(given);
      fs.mkdirs(root);
      lock = FolderLock.take(fs, new Path(root, LOCK), "the store " + dir);
      Manifest previous = null;
      String rebuiltBecause = null;
      Path manifest = new Path(root, MANIFEST);
      if (rebuild) {
        rebuiltBecause = "--rebuild-store was given";
      } else if (fs.exists(manifest)) {
        previous = readManifest(fs, manifest, dir);
        if (previous == null) {
          rebuiltBecause = "it was written by another version of goalshift, in another layout";
        }
      }
      return new GoalStore(spark, fs, root, dir, lock, previous, rebuiltBecause);
    } catch (IOException e) {
      if (lock != null) {
        lock.close();
      }
      throw new UncheckedIOException("cannot open the store " + dir + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (lock != null) {
        lock.close();
      }
      throw e;
    }
  }

  /**
   * A manifest that cannot be read whole (its checksum, its JSON) makes the store untrustworthy.
   */
  private static Manifest readManifest(FileSystem fs, Path manifest, String shownRoot) {
    try (InputStream in = fs.open(manifest)) {
      return Manifest.fromJson(in.readAllBytes());
    } catch (IOException e) {
      throw new StoreDamagedException(
          shownRoot, MANIFEST + " cannot be read (" + firstLine(e.getMessage()) + ")");
    }
  }

  /**
   * What this run found in the store and what it did to it: the export files (by the names this run
   * gave) whose records came from the store, those read from their CSV (new or changed), and those
   * the store held that this run was not given, which leave the report.
   *
   * @param derivedAgain the stored records were labelled and redacted again, because the lexicon,
   *     the classifier or the redactor changed
   * @param rebuiltBecause why every export was read again although the store held some, or null
   */
  public record Changes(
      String store,
      List<String> fromStore,
      List<String> read,
      List<String> changed,
      List<String> vanished,
      boolean derivedAgain,
      String rebuiltBecause) {}

  /** The run's records, read from the store, and what the run did to the store. */
  public record Contents(Dataset<Row> records, Changes changes) {}

  /**
   * Brings the store up to date with the export files and returns their records, with the columns
   * and order of {@link Records#fromExports} and clustered by goal. New and changed exports are
   * read and added, exports the run was not given are dropped from the store, and, if the rules
   * changed, the stored records are labelled and redacted again; then the new manifest is written.
   */
  public Contents update(
      List<InputFile> files,
      ColumnMapping mapping,
      Lexicon lexicon,
      String programVersion,
      Parallel parallel) {
    Fingerprints madeWith = Fingerprints.of(programVersion, mapping, lexicon);
    String rebuilt = rebuiltBecause;
    if (rebuilt == null
        && previous != null
        && !previous.madeWith().reading().equals(madeWith.reading())) {
      rebuilt = "it was written by another build of goalshift, or with other --column header names";
    }
    boolean keepsRecords = previous != null && rebuilt == null;
    Map<String, Manifest.Export> stored = new LinkedHashMap<>();
    if (keepsRecords) {
      previous.exports().forEach(export -> stored.put(export.digest(), export));
    }
    boolean deriveAgain =
        keepsRecords
            && !(previous.madeWith().classification().equals(madeWith.classification())
                && previous.madeWith().redaction().equals(madeWith.redaction()));
    int buckets = previous != null && keepsRecords ? previous.buckets() : bucketsFor();

    Map<String, List<InputFile>> byDigest = new LinkedHashMap<>();
    Map<InputFile, String> digests = CsvIngest.digests(spark, files);
    files.forEach(
        file -> byDigest.computeIfAbsent(digests.get(file), d -> new ArrayList<>()).add(file));

    Map<String, String> previousDigestByName = new LinkedHashMap<>();
    if (previous != null) {
      previous
          .exports()
          .forEach(e -> e.names().forEach(n -> previousDigestByName.put(n, e.digest())));
    }
    List<String> fromStore = new ArrayList<>();
    List<String> read = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<CompletableFuture<Manifest.Export>> exports = new ArrayList<>();
    byDigest.forEach(
        (digest, copies) -> {
          List<String> names = copies.stream().map(InputFile::displayName).toList();
          Manifest.Export kept = stored.get(digest);
          if (kept != null) {
            checkPart(kept);
            fromStore.addAll(names);
            exports.add(
                deriveAgain
                    ? parallel.start(() -> deriveAgain(kept, names, buckets, lexicon))
                    : CompletableFuture.completedFuture(
                        new Manifest.Export(digest, kept.part(), names, kept.files())));
          } else {
            read.addAll(names);
            names.stream()
                .filter(name -> previousDigestByName.containsKey(name))
                .forEach(changed::add);
            exports.add(
                parallel.start(
                    () -> readExport(digest, copies.get(0), names, buckets, mapping, lexicon)));
          }
        });
    List<Manifest.Export> current = new ArrayList<>();
    exports.forEach(export -> current.add(Parallel.await(export)));
    List<String> vanished = new ArrayList<>();
    if (previous != null) {
      previous.exports().stream()
          .filter(export -> !byDigest.containsKey(export.digest()))
          .forEach(export -> vanished.addAll(export.names()));
    }
    Manifest manifest = new Manifest(Manifest.FORMAT, madeWith, buckets, current);
    commit(manifest);
    committed = manifest;
    Changes changes =
        new Changes(shownRoot, fromStore, read, changed, vanished, deriveAgain, rebuilt);
    log(changes);
    return new Contents(records(lexicon), changes);
  }

  private void log(Changes changes) {
    if (changes.rebuiltBecause() != null && previous != null) {
      LOG.warn("Reading every export again into {}: {}", shownRoot, changes.rebuiltBecause());
    }
    LOG.info(
        "Store {}: {} export(s) from the store, {} read ({} changed)",
        shownRoot,
        changes.fromStore().size(),
        changes.read().size(),
        changes.changed().size());
    if (changes.derivedAgain()) {
      LOG.warn(
          "The lexicon, the classifier or the redactor changed: every stored record was labelled"
              + " and redacted again");
    }
    for (String name : changes.vanished()) {
      LOG.warn(
          "{} is in the store but not in this run's input: its records leave the report", name);
    }
  }

  /**
   * Buckets for a new store: the shuffle partitions chosen for this run's input (one per 64 MB on
   * one machine, the submitter's count on a cluster), and at least one per core. They stay the
   * store's: --rebuild-store sizes them again for a store grown far past its first exports.
   */
  private int bucketsFor() {
    int partitions = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
    return Math.max(partitions, spark.sparkContext().defaultParallelism());
  }

  private Manifest.Export readExport(
      String digest,
      InputFile file,
      List<String> names,
      int buckets,
      ColumnMapping mapping,
      Lexicon lexicon) {
    Dataset<Row> raw = CsvIngest.read(spark, List.of(file), mapping);
    return write(digest, names, Records.toStore(raw, buckets, lexicon), buckets);
  }

  private Manifest.Export deriveAgain(
      Manifest.Export kept, List<String> names, int buckets, Lexicon lexicon) {
    Dataset<Row> stored = spark.read().parquet(partPath(kept.part()).toString());
    Dataset<Row> again = Records.deriveAgain(stored, lexicon).repartition(buckets, col(GOAL_ID));
    return write(kept.digest(), names, again, buckets);
  }

  /**
   * Writes one export's records into a new folder of their own, as bucket files a table declared
   * over the folders reads clustered by goal. The in-session catalog entry Spark's bucketed writer
   * needs is dropped at once; the files stay.
   */
  private Manifest.Export write(
      String digest, List<String> names, Dataset<Row> records, int buckets) {
    String part = digest.substring(0, 16) + "-" + UUID.randomUUID().toString().substring(0, 8);
    Path dir = partPath(part);
    String table = temporaryName("goalshift_part_");
    try {
      records
          .write()
          .format("parquet")
          .bucketBy(buckets, GOAL_ID)
          .option("path", dir.toString())
          .mode(SaveMode.ErrorIfExists)
          .saveAsTable(table);
    } finally {
      spark.sql("DROP TABLE IF EXISTS " + table);
    }
    return new Manifest.Export(digest, part, names, partFiles(dir));
  }

  private List<Manifest.PartFile> partFiles(Path dir) {
    try {
      List<Manifest.PartFile> files = new ArrayList<>();
      for (FileStatus status : fs.listStatus(dir)) {
        String name = status.getPath().getName();
        if (status.isFile() && !name.startsWith(".") && !name.startsWith("_")) {
          files.add(new Manifest.PartFile(name, status.getLen()));
        }
      }
      files.sort(Comparator.comparing(Manifest.PartFile::name));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  /** A part whose files are missing or of another size than the manifest says is damaged. */
  private void checkPart(Manifest.Export export) {
    Path dir = partPath(export.part());
    Map<String, Long> found = new LinkedHashMap<>();
    try {
      if (!fs.exists(dir)) {
        throw new StoreDamagedException(
            shownRoot, "the folder " + RECORDS + "/" + dir.getName() + " is missing");
      }
      for (FileStatus status : fs.listStatus(dir)) {
        found.put(status.getPath().getName(), status.getLen());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    for (Manifest.PartFile file : export.files()) {
      Long bytes = found.get(file.name());
      String where = RECORDS + "/" + dir.getName() + "/" + file.name();
      if (bytes == null) {
        throw new StoreDamagedException(shownRoot, where + " is missing");
      }
      if (bytes != file.bytes()) {
        throw new StoreDamagedException(
            shownRoot, where + " has " + bytes + " bytes where the manifest says " + file.bytes());
      }
    }
  }

  /**
   * Makes {@code manifest} the store's, in one step: renamed over the old one on a file system,
   * written in place on an object store (where a write replaces an object whole). Then removes
   * every folder of records the manifest does not name: replaced or dropped exports, and what a
   * killed run left.
   */
  private void commit(Manifest manifest) {
    Path target = new Path(root, MANIFEST);
    try {
      if (OBJECT_STORES.contains(fs.getUri().getScheme())) {
        try (OutputStream out = fs.create(target, true)) {
          out.write(manifest.toJson());
        }
      } else {
        Path written = new Path(root, MANIFEST_BEING_WRITTEN + UUID.randomUUID());
        try (OutputStream out = fs.create(written, false)) {
          out.write(manifest.toJson());
        }
        FileContext.getFileContext(root.toUri(), fs.getConf())
            .rename(written, target, Options.Rename.OVERWRITE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the store's manifest " + target + ": " + e.getMessage(), e);
    }
    removeUnnamed(manifest);
  }

  private void removeUnnamed(Manifest manifest) {
    Set<String> named = new HashSet<>();
    manifest.exports().forEach(export -> named.add(partPath(export.part()).getName()));
    try {
      Path records = new Path(root, RECORDS);
      if (fs.exists(records)) {
        for (FileStatus entry : fs.listStatus(records)) {
          if (!named.contains(entry.getPath().getName())) {
            fs.delete(entry.getPath(), true);
          }
        }
      }
      for (FileStatus entry : fs.listStatus(root)) {
        if (entry.getPath().getName().startsWith(MANIFEST_BEING_WRITTEN)) {
          fs.delete(entry.getPath(), false);
        }
      }
    } catch (IOException e) {
      LOG.warn("Could not remove records the store no longer names: {}", e.getMessage());
    }
  }

  private Path partPath(String part) {
    return new Path(new Path(root, RECORDS), STORE_PART + "=" + part);
  }

  /**
   * The records of the committed exports, through a table declared over the store's folders with
   * its buckets, so that Spark reads each bucket of every export as one partition and knows it is
   * clustered by goal_id. Each record comes once for every name its export was given in this run,
   * as the exports themselves would be read.
   */
  private Dataset<Row> records(Lexicon lexicon) {
    declareTable(lexicon);
    List<Column> selected = new ArrayList<>();
    selected.add(explode(namesOfParts()).as(SOURCE_FILE));
    Records.columns(spark, lexicon).stream()
        .filter(c -> !c.equals(SOURCE_FILE))
        .forEach(c -> selected.add(col(c)));
    return spark.table(table).select(selected.toArray(Column[]::new));
  }

  /**
   * The records as written of the given goals (a Dataset with a goal_id column), by the name of
   * their file and their line: what rejected.csv shows for records that conflict (the report reads
   * no record's raw text otherwise).
   */
  public Dataset<Row> recordsAsWritten(Dataset<Row> goals) {
    if (table == null) {
      throw new IllegalStateException("records are read after the store is brought up to date");
    }
    return spark
        .table(table)
        .join(goals.select(GOAL_ID), GOAL_ID, "left_semi")
        .select(
            explode(namesOfParts()).as(SOURCE_FILE),
            col(LINE_NUMBER),
            col(RECORD_AS_WRITTEN).as(RAW_RECORD));
  }

  private void declareTable(Lexicon lexicon) {
    table = temporaryName("goalshift_store_");
    StructType schema = Schemas.nullable(Records.storedSchema(spark, lexicon));
    spark.sql(
        "CREATE TABLE "
            + table
            + " ("
            + schema.add(STORE_PART, DataTypes.StringType).toDDL()
            + ") USING parquet PARTITIONED BY ("
            + STORE_PART
            + ") CLUSTERED BY ("
            + GOAL_ID
            + ") INTO "
            + committed.buckets()
            + " BUCKETS LOCATION "
            + sqlString(new Path(root, RECORDS).toString()));
    if (!committed.exports().isEmpty()) {
      StringBuilder partitions = new StringBuilder("ALTER TABLE " + table + " ADD");
      for (Manifest.Export export : committed.exports()) {
        partitions.append(" PARTITION (" + STORE_PART + " = " + sqlString(export.part()) + ")");
      }
      spark.sql(partitions.toString());
    }
  }

  /** The names each committed part was given in this run: one record per name. */
  private Column namesOfParts() {
    List<Column> entries = new ArrayList<>();
    for (Manifest.Export export : committed.exports()) {
      entries.add(lit(export.part()));
      entries.add(array(export.names().stream().map(name -> lit(name)).toArray(Column[]::new)));
    }
    if (entries.isEmpty()) {
      return array().cast(DataTypes.createArrayType(DataTypes.StringType));
    }
    return element_at(map(entries.toArray(Column[]::new)), col(STORE_PART));
  }

  private static String temporaryName(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "");
  }

  private static String sqlString(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }

  /** Forgets the run's tables (the files stay) and lets the store go. */
  @Override
  public void close() {
    try {
      if (table != null) {
        spark.sql("DROP TABLE IF EXISTS " + table);
      }
    } finally {
      lock.close();
    }
  }
}
