package org.caravan.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The places a sentence names: Caravan's known places by their names, the shorter names articles use ("Kashgar",
 * "Khorgos") and the usual other spellings ("Horgos", "XUAR", "Kashi"), plus names of unknown places by their form
 * ("Torugart Port", "Kizilsu Kirgiz autonomous prefecture"). Each mention gets a role from the words before it:
 * the partner of a trade ("with Pakistan", "to Kazakhstan"), the source of a figure ("according to Urumqi
 * customs"), or else the place the figure belongs to.
 */
public final class PlaceNames {

    enum Role { REPORTER, PARTNER, SOURCE, LOCATION }

    /** A place named in a sentence: where, as printed, its code when it is a known place, and its role. */
    record Mention(int start, int end, String name, String code, Role role) {
    }

    private static final Map<String, String> OTHER_SPELLINGS = Map.ofEntries(Map.entry("XUAR", "xinjiang"),
            Map.entry("Xingjiang", "xinjiang"), Map.entry("Xinjiang Uyghur Autonomous Region", "xinjiang"),
            Map.entry("Horgos", "khorgos"), Map.entry("Khorgas", "khorgos"), Map.entry("Korgas", "khorgos"),
            Map.entry("Kashi", "kashgar"), Map.entry("Central Asian countries", "central-asia"),
            Map.entry("Central Asian states", "central-asia"), Map.entry("Central Asia", "central-asia"),
            Map.entry("BRI participating countries", "belt-and-road"),
            Map.entry("Belt and Road countries", "belt-and-road"), Map.entry("Kazakh", "KZ"),
            Map.entry("Kazakhstani", "KZ"), Map.entry("Kyrgyz", "KG"), Map.entry("Pakistani", "PK"),
            Map.entry("Tajik", "TJ"), Map.entry("Uzbek", "UZ"));
    private static final List<String> OTHER_COUNTRIES = List.of("Russia", "Mongolia", "India", "Germany", "Egypt",
            "the United States", "Iran", "Turkey", "Belarus", "Poland", "Azerbaijan", "Georgia", "Vietnam",
            "Indonesia", "Australia", "Britain", "Argentina");
    private static final String GENERIC = "(?: Uygur Autonomous Region| Autonomous Region| Pass port| port| Port"
            + "| Prefecture| City)$";
    private static final Pattern FORM = Pattern.compile("\\b((?:[A-Z][A-Za-z-]+\\s+){0,3}?[A-Z][A-Za-z-]+)\\s+(Port|port"
            + "|Pass|Customs|customs|station|Station|Prefecture|prefecture|County|Autonomous Region|autonomous region"
            + "|Autonomous Prefecture|autonomous prefecture|Region|region|Dry Port|Free Trade Zone|Bonded Zone"
            + "|border crossing|crossing|checkpoint|Checkpoint)\\b");
    private static final Pattern PORT_OF = Pattern.compile("\\b(?:[Pp]ort|[Pp]ass|[Cc]ity|[Cc]ounty) of ([A-Z][A-Za-z-]+)\\b");
    /** Words that make a name's form without being a name: "the remote Chinese region", "an inland port". */
    private static final Pattern NOT_A_NAME = Pattern.compile("^(?:Chinese|Pakistani|Kazakh|Kazakhstani|Kyrgyz|Tajik"
            + "|Uzbek|Russian|Central Asian|Asian|Border|Land|Inland|Dry|Free|Bonded|Autonomous|Local|Regional|National)$");
    private static final Pattern LEADING = Pattern.compile("^(?:(?:The|In|On|At|From|According|Since|Currently"
            + "|Meanwhile|By|Among|Both|Trade|Imports|Exports)\\s+)+");
    private static final Pattern PARTNER_BEFORE = Pattern.compile("(?i)\\b(?:with|to|from|and|versus|including)\\s+"
            + "(?:the\\s+)?(?:[a-z]+\\s+)?$");
    private static final Pattern LOCATION_BEFORE = Pattern.compile("(?i)(?:,\\s*(?:a|an|the)\\s+[\\w\\s-]{0,30}\\b)?"
            + "\\b(?:in|of|near|borders?|bordering)\\s+(?:the\\s+)?(?:(?:north|south|east|west)\\w*\\s+)?"
            + "(?:China['’]s\\s+)?$");
    private static final Pattern SOURCE_BEFORE = Pattern.compile("(?i)\\b(?:according to|released by|said|by)\\s+"
            + "(?:the\\s+)?$");

    private final Map<String, String> codesByName;
    private final Pattern known;

    private PlaceNames(Map<String, String> codesByName) {
        this.codesByName = codesByName;
        this.known = Pattern.compile(codesByName.keySet().stream().sorted(Comparator.comparingInt(String::length)
                .reversed()).map(Pattern::quote).collect(Collectors.joining("|", "\\b(?:", ")(?:['’]s)?\\b")));
    }

    /** The names of {@code places} (code to name), their short forms and other spellings. */
    public static PlaceNames of(Map<String, String> places) {
        Map<String, String> codesByName = new LinkedHashMap<>();
        places.forEach((code, name) -> {
            codesByName.put(name, code);
            String shorter = name.replaceAll(GENERIC, "");
            if (!shorter.equals(name) && !shorter.isBlank()) {
                codesByName.putIfAbsent(shorter, code);
            }
        });
        OTHER_SPELLINGS.forEach((name, code) -> {
            if (places.containsKey(code)) {
                codesByName.putIfAbsent(name, code);
            }
        });
        OTHER_COUNTRIES.forEach(name -> codesByName.putIfAbsent(name, null));
        codesByName.remove("the five Central Asian countries");
        return new PlaceNames(codesByName);
    }

    /** The code of a place named {@code name}, or null. */
    public String codeOf(String name) {
        if (name == null) {
            return null;
        }
        String plain = name.replaceAll("['’]s$", "").strip();
        if (codesByName.containsKey(plain)) {
            return codesByName.get(plain);
        }
        Matcher inside = known.matcher(plain);
        return inside.find() ? codesByName.get(inside.group().replaceAll("['’]s$", "")) : null;
    }

    List<Mention> in(String sentence) {
        List<Mention> mentions = new ArrayList<>();
        Matcher form = FORM.matcher(sentence);
        while (form.find()) {
            String whole = form.group();
            Matcher leading = LEADING.matcher(whole);
            int skip = leading.find() ? leading.end() : 0;
            if (skip < form.group(1).length() && !NOT_A_NAME.matcher(form.group(1).substring(skip)).matches()) {
                add(sentence, form.start() + skip, form.end(), mentions);
            }
        }
        Matcher portOf = PORT_OF.matcher(sentence);
        while (portOf.find()) {
            int start = portOf.start(1);
            int end = portOf.end(1);
            if (mentions.stream().noneMatch(m -> start < m.end() && end > m.start())) {
                add(sentence, start, end, mentions);
            }
        }
        Matcher name = known.matcher(sentence);
        while (name.find()) {
            int start = name.start();
            int end = name.end();
            if (mentions.stream().noneMatch(m -> start < m.end() && end > m.start())) {
                add(sentence, start, end, mentions);
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        for (int i = 1; i < mentions.size(); i++) {
            Mention previous = mentions.get(i - 1);
            Mention mention = mentions.get(i);
            String between = sentence.substring(previous.end(), mention.start());
            boolean listed = between.matches("\\s*(?:,|,?\\s*and|or)\\s*");
            boolean afterBetween = Windows.before(sentence, previous.start(), 20)
                    .matches("(?is).*\\bbetween\\s+(?:the\\s+)?$");
            boolean possessive = sentence.startsWith("'s", mention.end()) || sentence.startsWith("’s", mention.end());
            if (listed && !afterBetween && !possessive) {
                mentions.set(i, with(mention, previous.role()));
            } else if (between.matches("(?i)\\s*to\\s+(?:the\\s+)?")
                    && Windows.before(sentence, previous.start(), 20).matches("(?is).*\\bfrom\\s+(?:the\\s+)?$")) {
                mentions.set(i - 1, with(previous, Role.REPORTER)); // "from Xingjiang to Pakistan"
                mentions.set(i, with(mention, Role.PARTNER));
            } else if (mention.role() == Role.REPORTER && !possessive && !between.matches("['’]s\\s+")
                    && LOCATION_BEFORE.matcher(sentence.substring(Math.max(0, mention.start() - 60), mention.start()))
                            .find() && between.length() < 60) {
                mentions.set(i, with(mention, Role.LOCATION)); // "Torugart Port in Wuqia County of Kizilsu"
            }
        }
        return mentions;
    }

    private static Mention with(Mention mention, Role role) {
        return new Mention(mention.start(), mention.end(), mention.name(), mention.code(), role);
    }

    private void add(String sentence, int start, int end, List<Mention> mentions) {
        if (start > 0 && sentence.charAt(start - 1) == '-' || end < sentence.length() && sentence.charAt(end) == '-') {
            return; // "China-Europe freight trains", "the China-Pakistan Economic Corridor"
        }
        String printed = sentence.substring(start, end);
        String name = printed.replaceAll("['’]s$", "");
        String before = sentence.substring(Math.max(0, start - 20), start);
        int clauseStart = Math.max(sentence.lastIndexOf(',', start - 1), Math.max(sentence.lastIndexOf(';', start - 1),
                sentence.lastIndexOf('(', start - 1))) + 1;
        String clause = sentence.substring(Math.max(clauseStart, start - Windows.WORDS), start);
        boolean aside = sentence.lastIndexOf('(', start - 1) > sentence.lastIndexOf(')', start - 1);
        Role role = aside ? Role.LOCATION
                : SOURCE_BEFORE.matcher(before).find() || clause.toLowerCase(Locale.ROOT).contains("according to")
                || name.toLowerCase(Locale.ROOT).endsWith("customs")
                && Windows.after(sentence, end, 20).matches("(?s)^\\s*(?:said|data|figures|statistics).*") ? Role.SOURCE
                : PARTNER_BEFORE.matcher(before).find() ? Role.PARTNER : Role.REPORTER;
        if (printed.matches(".*['’]s$")) {
            role = Role.REPORTER;
        }
        mentions.add(new Mention(start, start + name.length(), name, codeOf(name), role));
    }
}
