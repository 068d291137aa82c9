import actions from '../../assets/locales/en/actions.json'
import common from '../../assets/locales/en/common.json'
import files from '../../assets/locales/en/files.json'
import home from '../../assets/locales/en/home.json'
import live from '../../assets/locales/en/live.json'
import main from '../../assets/locales/en/main.json'
import method from '../../assets/locales/en/method.json'
import participants from '../../assets/locales/en/participants.json'
import prework from '../../assets/locales/en/prework.json'
import questionnaire from '../../assets/locales/en/questionnaire.json'
import report from '../../assets/locales/en/report.json'
import results from '../../assets/locales/en/results.json'
import room from '../../assets/locales/en/room.json'
import scoring from '../../assets/locales/en/scoring.json'
import setup from '../../assets/locales/en/setup.json'
import shellMessages from '../../assets/locales/en/shell.json'
import team from '../../assets/locales/en/team.json'
import workbook from '../../assets/locales/en/workbook.json'

/**
 * The one message catalogue: every string a user reads, in the app window, in the native menus
 * and dialogs, and in the PDF report. One JSON file per area (a namespace), so a translator
 * works file by file and a new language is a new folder beside `en/`.
 */
export const en = { actions, common, files, home, live, main, method, participants, prework, questionnaire, report, results, room, scoring, setup, shell: shellMessages, team, workbook }

export type Messages = typeof en
export type Namespace = keyof Messages
export const namespaces = Object.keys(en) as Namespace[]
