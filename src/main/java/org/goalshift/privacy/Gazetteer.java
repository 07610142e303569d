package org.goalshift.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What the name detector knows about words: which are given names or surnames somewhere in the
 * world, and which are ordinary English words.
 *
 * <ul>
 *   <li>Names: every given-name and surname list of every locale that datafaker ships (about 70
 *       locales: British, American, Irish, Indian, Pakistani, Nigerian, Polish, Spanish, Mexican,
 *       Vietnamese, ...), read from datafaker's YAML resources, so nobody here types names in.
 *   <li>English words: the lower-case entries of SCOWL's American and British lists as Debian
 *       packages them (wamerican, wbritish), copied into english-words.txt with their licence
 *       beside it. A word listed in lower case is an ordinary word ("hope", "will", "grace"),
 *       whatever else it may be.
 *   <li>Places and peoples: datafaker's towns, counties, states, countries and nationalities, and
 *       the JDK's names of languages and countries ("Serbian", "Gaeilge").
 *   <li>Proper nouns: the capitalised entries of the larger SCOWL lists (wbritish-huge,
 *       wamerican-huge): places, peoples, bodies and brands ("Swindon", "Serbian", "Oxfam",
 *       "Jobcentre"), and people too, so a word on them is known without being known as a name.
 * </ul>
 *
 * Words are looked up in lower case and with accents folded, so "Seán", "SEAN" and "Sean" are one
 * name. Loaded once per JVM, on first use (an executor loads it with its first redacted row).
 */
final class Gazetteer {
  /** Keys under faker.name that hold names, e.g. first_name, female_first_name, last_name. */
  private static final Pattern NAME_LIST_KEY = Pattern.compile(".*(first|last)_name.*");

  /** English files beside the root locale files: names, then the place lists. */
  private static final List<String> ENGLISH_FILES =
      List.of(
          "en/name.yml", "en/address.yml", "en/country.yml", "en/nation.yml", "en/demographic.yml");

  private static final Pattern ROOT_LOCALE_FILE = Pattern.compile("[^_/][^/]*\\.yml");

  /**
   * Lists of places and peoples: cities, towns, counties, states, countries, capitals,
   * nationalities, languages. A word on them is evidence against a name ("in Florence", "speak
   * Irish").
   */
  private static final Pattern PLACE_LIST_KEY =
      Pattern.compile(
          "city|city_name|state|county|country|default_country|town_by_county|capital|capital_city"
              + "|nationality|language|demonym|name");

  /** The lists of towns among the place lists. */
  private static final Pattern CITY_LIST_KEY = Pattern.compile("city|city_name|town_by_county");

  private static final String ANCHOR = "en/name.yml";
  private static final Pattern NAME_PARTS = Pattern.compile("[\\s-]+");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final String ENGLISH_WORDS = "org/goalshift/privacy/english-words.txt";
  private static final String PROPER_NOUNS = "org/goalshift/privacy/proper-nouns.txt";

  private static final byte GIVEN = 1;
  private static final byte SURNAME = 2;
  private static final byte PLACE = 4;

  private final Map<String, Byte> names;
  private final Set<String> englishWords;
  private final Set<String> properNouns;

  private Gazetteer(Map<String, Byte> names, Set<String> englishWords, Set<String> properNouns) {
    this.names = names;
    this.englishWords = englishWords;
    this.properNouns = properNouns;
  }

  /** The one gazetteer of this JVM. */
  static Gazetteer standard() {
    return Holder.STANDARD;
  }

  /** Loaded on first use of {@link #standard()}: the class holder idiom, safe across threads. */
  private static final class Holder {
    private static final Gazetteer STANDARD =
        new Gazetteer(loadNames(), wordList(ENGLISH_WORDS), keys(lines(PROPER_NOUNS)));
  }

  boolean isGivenName(String word) {
    return (names.getOrDefault(key(word), (byte) 0) & GIVEN) != 0;
  }

  boolean isSurname(String word) {
    return (names.getOrDefault(key(word), (byte) 0) & SURNAME) != 0;
  }

  /** A city, county, state, country, nationality or language somewhere: "Galway", "Irish". */
  boolean isPlace(String word) {
    return (names.getOrDefault(key(word), (byte) 0) & PLACE) != 0;
  }

  /** Whether the word, in lower case, is an ordinary English word (accents kept: "café"). */
  boolean isEnglishWord(String word) {
    return englishWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the word is a proper noun of the larger English word lists, in any case and with
   * accents folded: a place, people, body or brand ("Swindon", "Oxfam"), or a person.
   */
  boolean isProperNoun(String word) {
    return properNouns.contains(key(word));
  }

  /** How many words are given names or surnames (places not counted). */
  int nameCount() {
    return (int) names.values().stream().filter(kind -> (kind & (GIVEN | SURNAME)) != 0).count();
  }

  int englishWordCount() {
    return englishWords.size();
  }

  /** Lower case, accents folded: "Zoë" and "zoe" are one key. */
  static String key(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) >= 0x80) {
        return COMBINING_MARKS
            .matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
            .replaceAll("")
            .replace("ł", "l")
            .replace("ø", "o")
            .replace("đ", "d")
            .replace("ß", "ss");
      }
    }
    return lower;
  }

  private static Map<String, Byte> loadNames() {
    Map<String, Byte> names = new HashMap<>();
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    for (String file : localeFiles()) {
      try (InputStream in = resource(file)) {
        Object document = yaml.load(in);
        for (Object locale : asMap(document).values()) {
          Map<?, ?> faker = asMap(asMap(locale).get("faker"));
          asMap(faker.get("name")).forEach((key, value) -> addNames(names, key.toString(), value));
          for (String section : List.of("address", "country", "nation", "demographic")) {
            asMap(faker.get(section))
                .forEach(
                    (key, value) -> {
                      boolean places =
                          PLACE_LIST_KEY.matcher(key.toString()).matches()
                              && (!key.equals("name") || section.equals("country"));
                      if (places) {
                        addPlaces(names, value, CITY_LIST_KEY.matcher(key.toString()).matches());
                      }
                    });
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read datafaker's " + file, e);
      }
    }
    if (names.isEmpty()) {
      throw new IllegalStateException("No names found in datafaker's locale files");
    }
    addPlaces(names, localeNames(), false);
    return Map.copyOf(names);
  }

  private static void addNames(Map<String, Byte> names, String key, Object value) {
    if (!NAME_LIST_KEY.matcher(key).matches() || !(value instanceof List<?> entries)) {
      return;
    }
    addWords(names, entries, key.contains("first") ? GIVEN : SURNAME);
  }

  /** Every capitalised word of every string in a list or map, nested or not, as this kind. */
  private static void addWords(Map<String, Byte> names, Object node, byte kind) {
    if (node instanceof Map<?, ?> map) {
      map.values().forEach(value -> addWords(names, value, kind));
    } else if (node instanceof List<?> list) {
      list.forEach(value -> addWords(names, value, kind));
    } else if (node instanceof String entry && !entry.contains("#{") && !entry.startsWith("/")) {
      // Templates such as "#{first_name} #{last_name}" and /patterns/ build values; they are none.
      for (String part : NAME_PARTS.split(entry.strip())) {
        // Particles in lower case ("de" of "de la Cruz", "van") are words, not names.
        if (part.length() > 1 && Character.isUpperCase(part.codePointAt(0))) {
          names.merge(key(part), kind, (a, b) -> (byte) (a | b));
        }
      }
    }
  }

  /**
   * Every place in a list or map, nested or not. The words of a longer town's name are no places by
   * themselves: "Gonçalo" of "São Gonçalo" is a given name, "Cruz" of "Santa Cruz" a surname; those
   * of a country, language or people are ("Tamil" of "Tamil Nadu").
   */
  private static void addPlaces(Map<String, Byte> names, Object node, boolean towns) {
    if (node instanceof Map<?, ?> map) {
      map.values().forEach(value -> addPlaces(names, value, towns));
    } else if (node instanceof List<?> list) {
      list.forEach(value -> addPlaces(names, value, towns));
    } else if (node instanceof String entry
        && (!towns || NAME_PARTS.split(entry.strip()).length == 1)) {
      addWords(names, entry, PLACE);
    }
  }

  /**
   * The JDK's names of every language and country it knows, in English and languages' own names in
   * themselves ("Serbian", "Gaeilge", "Cymraeg", "Jordan"): peoples and places, like datafaker's
   * lists, from the Unicode CLDR data the JDK carries.
   */
  private static List<String> localeNames() {
    Set<String> languages = new HashSet<>(List.of(Locale.getISOLanguages()));
    for (Locale locale : Locale.getAvailableLocales()) {
      languages.add(locale.getLanguage());
    }
    List<String> localeNames = new ArrayList<>();
    for (String language : languages) {
      Locale locale = Locale.forLanguageTag(language);
      localeNames.add(locale.getDisplayLanguage(Locale.ENGLISH));
      localeNames.add(locale.getDisplayLanguage(locale));
    }
    for (String country : Locale.getISOCountries()) {
      localeNames.add(
          new Locale.Builder().setRegion(country).build().getDisplayCountry(Locale.ENGLISH));
    }
    return localeNames;
  }

  private static Map<?, ?> asMap(Object node) {
    return node instanceof Map<?, ?> map ? map : Map.of();
  }

  /**
   * Datafaker's locale files: the YAML files at the root of its jar, and the {@link
   * #ENGLISH_FILES}, each of which must be there. The files named "_US.yml" and so on hold
   * countries' postcodes and number formats, no names, and one of them alone took a third of the
   * load time.
   */
  private static List<String> localeFiles() {
    URL anchor = Gazetteer.class.getClassLoader().getResource(ANCHOR);
    if (anchor == null) {
      throw new IllegalStateException("datafaker's " + ANCHOR + " is not on the class path");
    }
    try {
      JarURLConnection connection = (JarURLConnection) anchor.openConnection();
      connection.setUseCaches(false);
      List<String> files = new ArrayList<>();
      try (JarFile jar = connection.getJarFile()) {
        jar.stream()
            .map(entry -> entry.getName())
            .filter(name -> ROOT_LOCALE_FILE.matcher(name).matches())
            .forEach(files::add);
        // A jar that lacks one (a shaded jar that filtered it out) would redact differently.
        for (String english : ENGLISH_FILES) {
          if (jar.getEntry(english) == null) {
            throw new IllegalStateException(
                "datafaker's "
                    + english
                    + " is missing from "
                    + anchor
                    + "; the redactor needs it");
          }
          files.add(english);
        }
      }
      Collections.sort(files);
      return files;
    } catch (IOException | ClassCastException e) {
      throw new IllegalStateException("Cannot list datafaker's locale files from " + anchor, e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the class path");
    }
    return in;
  }

  private static Set<String> keys(List<String> words) {
    Set<String> keys = new HashSet<>();
    words.forEach(word -> keys.add(key(word)));
    return Set.copyOf(keys);
  }

  /** A word list on the class path: one word per line; blank lines and # comments skipped. */
  static Set<String> wordList(String resourceName) {
    return Set.copyOf(lines(resourceName));
  }

  /** The entries of a word list on the class path, in file order. */
  static List<String> lines(String resourceName) {
    List<String> words = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(resource(resourceName), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resourceName, e);
    }
    return List.copyOf(words);
  }
}
