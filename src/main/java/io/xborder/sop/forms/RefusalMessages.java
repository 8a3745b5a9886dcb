package io.xborder.sop.forms;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every sentence the form contract and the input limits answer with. They are built here only, so
 * the messages in other languages (issue #12) have one place to go.
 */
public final class RefusalMessages {

  private RefusalMessages() {}

  static String submissionRefused(List<Violation> violations) {
    return "The submission was refused, nothing was saved: "
        + violations.stream().map(Violation::message).collect(Collectors.joining("; "));
  }

  /**
   * The form's own rules, checked in the engine against the variables after the submission. Tasklist
   * shows this text to the person: Chinese first for the team, the English in brackets for agencies,
   * each field by the label the form shows; never the form's pattern.
   */
  public static String formNotFilledIn(List<String> violations) {
    return "表单填写有误，未保存 / The form was not filled in correctly, nothing was saved: "
        + String.join("；", violations);
  }

  static String required(String label, String key) {
    return "「" + label + "」为必填项（" + key + " is required）";
  }

  static String tooManyCharacters(String label, String key, int max) {
    return "「" + label + "」最多 " + max + " 个字符（" + key + " must have at most " + max + " characters）";
  }

  static String tooFewCharacters(String label, String key, int min) {
    return "「" + label + "」至少 " + min + " 个字符（" + key + " must have at least " + min + " characters）";
  }

  static String noMatch(String label, String key) {
    return "「" + label + "」的格式不对，请按字段说明填写（" + key + " must match the format the form asks for）";
  }

  static String notANumber(String label, String key) {
    return "「" + label + "」必须是数字（" + key + " must be a number）";
  }

  static String belowMinimum(String label, String key, String min) {
    return "「" + label + "」不能小于 " + min + "（" + key + " must be at least " + min + "）";
  }

  static String aboveMaximum(String label, String key, String max) {
    return "「" + label + "」不能大于 " + max + "（" + key + " must be at most " + max + "）";
  }

  static String notAnOption(String label, String key, String value) {
    return "「" + label + "」请从表单的选项中选择，不能是“" + value + "”（" + key + " must be one of the form's options, not '"
        + value + "'）";
  }

  static String readOnlyField(FormField field) {
    return field.displayName() + " is shown for reading only and cannot be changed";
  }

  static String notInForm(String name, String formId) {
    return name + " is not a field of the form '" + formId + "'";
  }

  static String wrongType(FormField field, String expected) {
    return field.displayName() + " must be " + expected;
  }

  static String notAnOption(FormField field, String value) {
    return notAnOption(field.label() == null || field.label().isBlank() ? field.key() : field.label(), field.key(), value);
  }

  static String startSkipsTheStartForm(String option) {
    return "'" + option + "' is for administrators: a person starts a project through its start form";
  }

  static String businessKeyTooLong(int length, int max) {
    return "businessKey has " + length + " characters, at most " + max + " are allowed";
  }

  static String nameTooLong(String name, int max) {
    return "the variable name '" + name.substring(0, 40) + "…' is longer than " + max + " characters";
  }

  static String textTooLong(String name, int length, int max) {
    return name + " has " + length + " characters, at most " + max + " are allowed for text";
  }

  static String valueTooLarge(String name, long bytes, long max) {
    return name + " has " + bytes + " bytes, at most " + max + " are allowed";
  }

  static String taskEndsThroughItsForm(String userId) {
    return "'" + userId + "' may finish a task only by submitting its form; a BPMN error or escalation on a task is for"
        + " administrators";
  }

  static String variablesOnlyThroughForms(String userId) {
    return "Variables are changed only by completing a task through its form; '" + userId
        + "' may not set or delete them directly (administrators may)";
  }

  static String notShownToGuest(String userId) {
    return "'" + userId + "' sees the fields of its own task's form only";
  }
}
