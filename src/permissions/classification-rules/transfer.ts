import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `transfer`. */
export const TRANSFER_RULES: ClassificationRule[] = [
  {
    id: 'transfer/describe-web-app-customization',
    actionClass: ActionClass.CONTENT,
    actions: ['transfer:DescribeWebAppCustomization'],
    reason: 'Returns LogoFile and FaviconFile image blobs (customer-uploaded media).',
  },
];
