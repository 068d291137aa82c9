import actions from '../../../assets/locales/en/actions.json'
import live from '../../../assets/locales/en/live.json'
import method from '../../../assets/locales/en/method.json'
import participants from '../../../assets/locales/en/participants.json'
import prework from '../../../assets/locales/en/prework.json'
import questionnaire from '../../../assets/locales/en/questionnaire.json'
import report from '../../../assets/locales/en/report.json'
import results from '../../../assets/locales/en/results.json'
import scoring from '../../../assets/locales/en/scoring.json'
import setup from '../../../assets/locales/en/setup.json'
import team from '../../../assets/locales/en/team.json'

/** Everything the workspace, the Method page and the PDF report say: one chunk, loaded on first use. */
export const workspaceMessages = { actions, live, method, participants, prework, questionnaire, report, results, scoring, setup, team }
