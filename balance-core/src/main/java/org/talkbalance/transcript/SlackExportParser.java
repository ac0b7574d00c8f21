package org.talkbalance.transcript;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * Reads a Slack workspace export, as a folder or as the zip Slack produces: {@code users.json}
 * maps user ids to names, and each channel is a folder of daily files {@code yyyy-mm-dd.json},
 * each a JSON array of messages. Each channel is a conversation, named after its folder; channels
 * are read in name order, days in date order, and the messages of a day by their {@code ts}, so
 * thread replies stay in time order among the other messages rather than under their parent.
 *
 * <p>A speaker's name is the user's {@code real_name}, else the profile's real or display name,
 * else the user name, else the message's own {@code user_profile}, else the id (with a warning).
 * Mentions ({@code <@U123>}) become {@code @Name}, links {@code <url|label>} their label, and
 * {@code &amp;lt;}, {@code &amp;gt;}, {@code &amp;amp;} are decoded.
 *
 * <p>Excluded and counted: joins, leaves, topic and name changes, pins and deleted-message
 * tombstones (system); {@code bot_message}s, messages with a {@code bot_id} and no user, and users
 * marked {@code is_bot} (bots); files shared without text (media; with text, an utterance and a
 * media count).
 *
 * <p>Times are offsets from the first message of each channel (Slack's {@code ts} is Unix
 * seconds). Memory holds the user names and one day of one channel.
 *
 * <p>Not thread-safe; one per input.
 */
final class SlackExportParser implements UtteranceParser {

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.json");
  private static final Pattern MARKUP = Pattern.compile("<([@#!]?)([^<>|]*)(?:\\|([^<>]*))?>");
  private static final Set<String> SPEECH =
      Set.of("", "thread_broadcast", "reply_broadcast", "file_share", "me_message");
  private static final Set<String> SYSTEM =
      Set.of(
          "channel_join", "channel_leave", "channel_topic", "channel_purpose", "channel_name",
          "channel_archive", "channel_unarchive", "channel_convert_to_private",
          "channel_convert_to_public", "channel_posting_permissions", "group_join", "group_leave",
          "group_topic", "group_purpose", "group_name", "group_archive", "group_unarchive",
          "pinned_item", "unpinned_item", "reminder_add", "reminder_delete", "tombstone",
          "huddle_thread", "sh_room_created", "bot_add", "bot_remove", "bot_enable",
          "bot_disable", "joiner_notification", "slackbot_response");

  private record Item(BigDecimal ts, Json.Obj message, int line) {}

  private final ExportFiles files;
  private final Problems problems;
  private final Exclusions excluded;
  private final JsonFactory factory;
  private final CheckedInput.Budget budget;
  private final WallClock clock;
  private final Map<String, String> names = new HashMap<>();
  private final Set<String> botUsers = new HashSet<>();
  private final Set<String> unknownUsers = new HashSet<>();
  private final Iterator<Map.Entry<String, List<String>>> channels;
  private final Deque<Utterance> ready = new ArrayDeque<>();
  private final String prefix;
  private String channel = "";
  private Iterator<String> days = List.<String>of().iterator();
  private int records;

  SlackExportParser(
      ExportFiles files,
      Problems problems,
      Exclusions excluded,
      JsonFactory factory,
      CheckedInput.Budget budget)
      throws IOException {
    this.files = files;
    this.problems = problems;
    this.excluded = excluded;
    this.factory = factory;
    this.budget = budget;
    this.clock = new WallClock(problems);
    Optional<String> users = usersFile(files.names());
    if (users.isEmpty()) {
      throw new TranscriptFormatException(
          files.source(),
          1,
          1,
          "no users.json: a Slack export holds users.json and one folder of daily JSON files"
              + " per channel",
          "");
    }
    this.prefix = users.get().substring(0, users.get().length() - "users.json".length());
    readUsers(users.get());
    Map<String, List<String>> byChannel = new TreeMap<>();
    for (String name : files.names()) {
      if (!name.startsWith(prefix)) {
        continue;
      }
      String[] parts = name.substring(prefix.length()).split("/");
      if (parts.length == 2 && DAY.matcher(parts[1]).matches()) {
        byChannel.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(name);
      }
    }
    this.channels = byChannel.entrySet().iterator();
  }

  /** {@return the shallowest users.json of the export} */
  static Optional<String> usersFile(List<String> names) {
    return names.stream()
        .filter(n -> n.equals("users.json") || n.endsWith("/users.json"))
        .filter(n -> n.chars().filter(c -> c == '/').count() <= 1)
        .min(Comparator.comparingLong((String n) -> n.chars().filter(c -> c == '/').count()));
  }

  @Override
  public Optional<Utterance> next() throws IOException {
    while (ready.isEmpty()) {
      if (days.hasNext()) {
        readDay(days.next());
      } else if (channels.hasNext()) {
        Map.Entry<String, List<String>> c = channels.next();
        channel = c.getKey();
        days = c.getValue().iterator();
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(ready.poll());
  }

  private void readUsers(String file) throws IOException {
    readArray(
        file,
        (user, line) -> {
          Optional<String> id = user.string("id");
          if (id.isEmpty()) {
            return;
          }
          Optional<Json.Obj> profile = user.object("profile");
          String name =
              nonBlank(user.string("real_name"))
                  .or(() -> nonBlank(profile.flatMap(p -> p.string("real_name"))))
                  .or(() -> nonBlank(profile.flatMap(p -> p.string("display_name"))))
                  .or(() -> nonBlank(user.string("name")))
                  .orElse(id.get());
          names.put(id.get(), name.strip());
          if (user.flag("is_bot") || id.get().equals("USLACKBOT")) {
            botUsers.add(id.get());
          }
        });
  }

  private interface ItemHandler {
    void accept(Json.Obj item, int line);
  }

  /** Reads a file holding a JSON array of objects; a broken file is reported and left. */
  private void readArray(String file, ItemHandler handler) throws IOException {
    String where = files.describe(file);
    try (InputStream in = files.open(file);
        CheckedInput chars = CheckedInput.utf8(in, problems, where, budget);
        JsonParser json = factory.createParser(chars)) {
      if (json.nextToken() != JsonToken.START_ARRAY) {
        problems.report(where, 1, 1, "expected a JSON array", "");
        return;
      }
      for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
        int line = Math.max(1, json.currentTokenLocation().getLineNr());
        if (t != JsonToken.START_OBJECT) {
          Json.value(json);
          problems.report(where, line, 1, "each entry must be a JSON object", "");
          continue;
        }
        handler.accept(Json.object(json), line);
      }
    } catch (JsonProcessingException e) {
      TranscriptFormatException error = Json.error(where, e);
      problems.report(where, error.line(), error.column(), error.problem(), "");
    } catch (ZipException e) {
      problems.report(where, 1, 1, "corrupt archive entry (" + e.getMessage() + ")", "");
    }
  }

  private void readDay(String file) throws IOException {
    String where = files.describe(file);
    List<Item> items = new ArrayList<>();
    readArray(
        file,
        (message, line) -> {
          Optional<BigDecimal> ts =
              message.string("ts").flatMap(SlackExportParser::decimal);
          if (ts.isEmpty()) {
            problems.report(where, line, 1, "message without a readable 'ts'", text(message));
            return;
          }
          items.add(new Item(ts.get(), message, line));
        });
    items.sort(Comparator.comparing(Item::ts));
    for (Item item : items) {
      toUtterance(item, where).ifPresent(ready::add);
    }
  }

  private Optional<Utterance> toUtterance(Item item, String where) {
    Json.Obj m = item.message();
    String type = m.string("type").orElse("message");
    String subtype = m.string("subtype").orElse("");
    Optional<String> user = m.string("user");
    if (!type.equals("message") || SYSTEM.contains(subtype)) {
      excluded.system();
      return Optional.empty();
    }
    boolean bot =
        subtype.equals("bot_message")
            || (m.has("bot_id") && user.isEmpty())
            || user.map(botUsers::contains).orElse(false);
    if (bot) {
      excluded.bot(botName(m, user));
      return Optional.empty();
    }
    if (user.isEmpty() || (!SPEECH.contains(subtype) && m.string("text").orElse("").isBlank())) {
      excluded.system();
      return Optional.empty();
    }
    String speaker = speaker(m, user.get(), where, item.line());
    String text = text(m).strip();
    boolean media = !m.array("files").isEmpty() || m.flag("upload");
    if (media || text.isEmpty()) {
      excluded.media(speaker);
    }
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Duration> start =
        Json.seconds(item.ts())
            .flatMap(
                d ->
                    clock.offset(
                        channel, Instant.EPOCH.plus(d), where, item.line(), text));
    records++;
    return Optional.of(
        new Utterance(records, item.line(), channel, speaker, text, start, Optional.empty()));
  }

  private String botName(Json.Obj m, Optional<String> user) {
    return nonBlank(m.string("username"))
        .or(() -> nonBlank(m.object("bot_profile").flatMap(p -> p.string("name"))))
        .or(() -> user.map(names::get))
        .or(() -> m.string("bot_id"))
        .orElse("bot");
  }

  private String speaker(Json.Obj m, String user, String where, int line) {
    String known = names.get(user);
    if (known != null) {
      return known;
    }
    Optional<Json.Obj> profile = m.object("user_profile");
    Optional<String> own =
        nonBlank(profile.flatMap(p -> p.string("real_name")))
            .or(() -> nonBlank(profile.flatMap(p -> p.string("display_name"))))
            .or(() -> nonBlank(profile.flatMap(p -> p.string("name"))));
    if (own.isPresent()) {
      return own.get().strip();
    }
    if (unknownUsers.add(user)) {
      problems.warn(
          where,
          line,
          1,
          "user " + user + " is not in users.json; shown by id (map it with a speaker alias)",
          "");
    }
    return user;
  }

  private String text(Json.Obj m) {
    String raw = m.string("text").orElse("");
    if (raw.indexOf('<') < 0 && raw.indexOf('&') < 0) {
      return raw;
    }
    Matcher markup = MARKUP.matcher(raw);
    StringBuilder out = new StringBuilder(raw.length());
    while (markup.find()) {
      String kind = markup.group(1);
      String target = markup.group(2);
      String label = markup.group(3);
      String replacement;
      if (kind.equals("@")) {
        replacement = "@" + (label != null ? label : names.getOrDefault(target, target));
      } else if (kind.equals("#")) {
        replacement = "#" + (label != null ? label : target);
      } else if (kind.equals("!")) {
        String shown = label != null ? label : target;
        replacement = shown.startsWith("@") ? shown : "@" + shown;
      } else {
        replacement = label != null ? label : target;
      }
      markup.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    markup.appendTail(out);
    return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  private static Optional<String> nonBlank(Optional<String> s) {
    return s.filter(v -> !v.isBlank());
  }

  private static Optional<BigDecimal> decimal(String s) {
    try {
      return Optional.of(new BigDecimal(s.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
