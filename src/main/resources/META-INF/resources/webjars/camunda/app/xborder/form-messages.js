/*
 * Tasklist's forms (form-js 1.8.7) check a field in the browser before anything is sent, with English
 * messages and no way to translate them. For a person reading Chinese this rewrites each known message
 * inside a field's error list (.fjs-form-field-error) as it appears. A broken pattern never shows its
 * regular expression: it points to the field's description, which says the format in words.
 */
import {shownLanguage} from './language.js';

const NUMBER = '(-?[\\d.]+)';
const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must match pattern .*$/s, (match, field) => patternHint(field)],
  [new RegExp(`^Field must have minimum value of ${NUMBER}\\.$`), match => `不能小于 ${match[1]}。`],
  [new RegExp(`^Field must have maximum value of ${NUMBER}\\.$`), match => `不能大于 ${match[1]}。`],
  [new RegExp(`^Field must have minimum length of ${NUMBER}\\.$`), match => `至少填写 ${match[1]} 个字符。`],
  [new RegExp(`^Field must have maximum length of ${NUMBER}\\.$`), match => `最多 ${match[1]} 个字符。`],
  [/^Field must be a valid\s+international phone number\. \(e\.g\. (.*)\)$/, match => `请填写有效的国际电话号码（如 ${match[1]}）。`],
  [/^Field must be a valid email\.$/, () => '请填写有效的邮箱地址。'],
  [/^Value is not a number\.$/, () => '请填写数字。'],
  [/^Value is expected to be an integer\.$/, () => '请填写整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, match => `最多 ${match[1]} 位小数。`],
  [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/,
    match => `请填写有效的值，最接近的两个有效值是 ${match[1]} 和 ${match[2]}。`]
];

function patternHint(field) {
  const description = field && field.querySelector('.fjs-form-field-description');
  const text = description ? description.textContent.trim() : '';
  return text ? `格式不对：${text}` : '格式不对，请按字段说明填写。';
}

function translate(item) {
  const english = item.textContent.trim();
  for (const [pattern, chinese] of MESSAGES) {
    const match = english.match(pattern);
    if (match) {
      // The text node itself is changed, so form-js keeps the element it renders into.
      const text = Array.from(item.childNodes).find(node => node.nodeType === Node.TEXT_NODE);
      const translated = chinese(match, item.closest('.fjs-form-field'));
      if (text) {
        text.data = translated;
      } else {
        item.textContent = translated;
      }
      return;
    }
  }
}

function translateAll(root) {
  if (root.querySelectorAll) {
    root.querySelectorAll('.fjs-form-field-error li').forEach(translate);
  }
}

function start() {
  translateAll(document);
  new MutationObserver(mutations => mutations.forEach(mutation => {
    const target = mutation.target.nodeType === Node.TEXT_NODE ? mutation.target.parentElement : mutation.target;
    if (target && target.closest && target.closest('.fjs-form-field-error')) {
      target.closest('.fjs-form-field-error').querySelectorAll('li').forEach(translate);
    } else {
      mutation.addedNodes.forEach(translateAll);
    }
  })).observe(document.body, {childList: true, subtree: true, characterData: true});
}

if (shownLanguage() === 'zh') {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}
