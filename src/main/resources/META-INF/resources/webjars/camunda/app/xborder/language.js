/*
 * Language of the Camunda web apps (Tasklist, Cockpit, Admin, Welcome), shared by their scripts/config.js.
 *
 * Camunda picks the first of the browser's languages that is in `locales.availableLocales`, else the
 * fallback. A person who chose a language with the switch below gets exactly that one: it is then the
 * only available locale. The choice is kept in the browser (localStorage), for all four apps at once.
 */
const STORAGE_KEY = 'xborder-language';
const LANGUAGES = [
  {code: 'zh', label: '中文'},
  {code: 'en', label: 'English'}
];
const BROWSER_CHOOSES = {availableLocales: ['zh', 'en', 'de'], fallbackLocale: 'en'};

function chosenLanguage() {
  const chosen = window.localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.some(language => language.code === chosen) ? chosen : null;
}

// The language Camunda shows: the chosen one, else the browser's first language if available, else the fallback.
export function shownLanguage() {
  const browserLanguage = ((navigator.languages && navigator.languages[0]) || navigator.language || '').split('-')[0].toLowerCase();
  return chosenLanguage() || (BROWSER_CHOOSES.availableLocales.includes(browserLanguage) ? browserLanguage : BROWSER_CHOOSES.fallbackLocale);
}

export function locales() {
  const chosen = chosenLanguage();
  return chosen ? {availableLocales: [chosen], fallbackLocale: chosen} : BROWSER_CHOOSES;
}

function choose(code) {
  window.localStorage.setItem(STORAGE_KEY, code);
  window.location.reload();
}

// A small "中文 | English" switch at the bottom of every page, the login page included. It is not
// part of Camunda's Angular templates, which would redraw it; its look is in webapps.css beside this file.
function addSwitch() {
  const languageSwitch = document.createElement('nav');
  languageSwitch.className = 'xborder-language-switch';
  languageSwitch.setAttribute('aria-label', 'Language / 语言');
  LANGUAGES.forEach(language => {
    const link = document.createElement('a');
    link.href = '';
    link.lang = language.code;
    link.textContent = language.label;
    link.className = language.code === shownLanguage() ? 'active' : '';
    link.addEventListener('click', event => {
      event.preventDefault();
      choose(language.code);
    });
    languageSwitch.appendChild(link);
  });
  document.body.appendChild(languageSwitch);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', addSwitch);
} else {
  addSwitch();
}
