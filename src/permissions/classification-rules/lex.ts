import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `lex`. */
export const LEX_RULES: ClassificationRule[] = [
  {
    id: 'lex/get-bot-channel-associations',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['lex:GetBotChannelAssociations'],
    reason: 'Returns botConfiguration map (API-marked sensitive) for Facebook/Slack/Twilio/Kik channels, i.e. channel tokens/secrets.',
    fields: {
      botConfiguration: 'the settings that connect the bot to Facebook, Kik, Slack or Twilio: the platform\'s access tokens, verification tokens and signing secrets',
    },
  },
  {
    id: 'lex/get-utterances-view',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['lex:GetUtterancesView'],
    reason: 'Returns the actual utterance strings end users typed or said to the bot, with counts and dates.',
    fields: {
      utterances: 'the most frequent utterances the bot received in the last 15 days: what end users typed or said, with counts and dates',
    },
  },
  {
    id: 'lex/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'lex:GetBotAliases',
      'lex:GetBotVersions',
      'lex:GetBots',
      'lex:GetIntentVersions',
      'lex:GetIntents',
      'lex:GetSlotTypeVersions',
      'lex:GetSlotTypes',
    ],
    reason: 'Fallback, not a finding: lex reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
