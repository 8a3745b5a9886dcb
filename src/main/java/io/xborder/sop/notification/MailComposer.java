package io.xborder.sop.notification;

import io.xborder.sop.system.PlatformClock;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a {@link Mail} with the Thymeleaf templates in {@code mail/} (one HTML, one plain text) and
 * the texts in {@code mail/messages_<language>.properties}, in the recipient's language and time zone.
 */
@Component
public class MailComposer {

  static final String BUNDLE = "mail.messages";
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final NotificationSettings settings;
  private final PlatformClock clock;
  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

  MailComposer(NotificationSettings settings, PlatformClock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  public ComposedMail compose(Mail mail, String notificationId) {
    Locale locale = Locale.forLanguageTag(mail.language());
    String link = link(mail);
    Map<String, Object> fields = new HashMap<>();
    fields.put("name", mail.name());
    String projectName = inReadersLanguage(mail.projectName(), mail.language());
    fields.put("projectName", projectName);
    fields.put("businessKey", mail.businessKey());
    fields.put("taskName", mail.taskName());
    fields.put("reason", mail.reason());
    fields.put("due", mail.due() == null ? null
        : DUE.format(Instant.parse(mail.due()).atZone(ZoneId.of(mail.zone()))) + " (" + mail.zone() + ")");
    Context context = new Context(locale, Map.of("mail", fields, "kind", mail.kind().key(), "link", link,
        "language", mail.language()));
    String subject = message(locale, "subject." + mail.kind().key(),
        mail.taskName() != null ? mail.taskName() : projectName, mail.businessKey() == null ? "" : mail.businessKey());
    return new ComposedMail(notificationId, mail.kind(), mail.userId(), mail.address(), subject,
        text.process("notification", context), html.process("notification", context), link, clock.instant());
  }

  /** A template named in both languages ("商品上新 / Product launch") is named to each reader in theirs. */
  private static String inReadersLanguage(String name, String language) {
    int separator = name == null ? -1 : name.indexOf(" / ");
    if (separator < 0) {
      return name;
    }
    return "en".equals(language) ? name.substring(separator + 3) : name.substring(0, separator);
  }

  /** Straight to the task in Tasklist; a finished project's mail opens Tasklist's start page. */
  private String link(Mail mail) {
    String tasklist = settings.baseUrl() + "/camunda/app/tasklist/default/";
    return mail.taskId() == null ? tasklist : tasklist + "#/?task=" + mail.taskId();
  }

  static String message(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
    templates.setPrefix("mail/");
    templates.setSuffix(suffix);
    templates.setTemplateMode(mode);
    templates.setCharacterEncoding("UTF-8");
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(templates);
    engine.setMessageResolver(new BundleMessages());
    return engine;
  }

  /** Thymeleaf's {@code #{...}} read from the one bundle shared by both templates. */
  static class BundleMessages extends AbstractMessageResolver {
    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] arguments) {
      try {
        return message(context.getLocale(), key, arguments == null ? new Object[0] : arguments);
      } catch (MissingResourceException missing) {
        return null;
      }
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
        Object[] arguments) {
      return "??" + key + "??";
    }
  }
}
