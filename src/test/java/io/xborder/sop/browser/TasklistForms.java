package io.xborder.sop.browser;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Where Camunda Forms (form-js) in Tasklist put a template's fields, found by the form's component ids. */
final class TasklistForms {

  private TasklistForms() {}

  /** A text field, text area, number or date input of the form. */
  static By field(String componentId) {
    return By.cssSelector("input[id$='-" + componentId + "'], textarea[id$='-" + componentId + "']");
  }

  /** The closed select that opens its list on a click. */
  static By select(String componentId) {
    return By.cssSelector("div[id$='-" + componentId + "-display']");
  }

  /** An entry of an open select's list, by the label people read. */
  static By option(String label) {
    return By.xpath("//div[contains(@class, 'fjs-dropdownlist-item')][normalize-space(.) = '" + label + "']");
  }

  /** A checkbox, by the label people read. */
  static By checkbox(String label) {
    return By.xpath("//label[contains(., '" + label + "')]/ancestor::div[contains(@class, 'fjs-form-field')]"
        + "//input[@type = 'checkbox']");
  }

  /** Chooses the option of a closed select. */
  static void choose(BrowserSession browser, String componentId, String label) {
    browser.click(select(componentId));
    browser.click(option(label));
  }

  /**
   * Types a date as the date field asks for it: form-js takes the browser language's date order (yyyy/mm/dd
   * for zh-CN, mm/dd/yyyy for en-US) and shows it as the field's placeholder.
   */
  static void typeDate(BrowserSession browser, String componentId, LocalDate date) {
    WebElement input = browser.waitFor(field(componentId + "-date"));
    String format = input.getAttribute("placeholder");
    String typed = format.replace("yyyy", String.valueOf(date.getYear()))
        .replace("mm", String.format("%02d", date.getMonthValue()))
        .replace("dd", String.format("%02d", date.getDayOfMonth()));
    input.sendKeys(typed);
    input.sendKeys(Keys.TAB);
  }
}
