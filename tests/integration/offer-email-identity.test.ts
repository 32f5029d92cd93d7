import { offerEmailIdentityCases } from './offer-email-identity-cases';

offerEmailIdentityCases('seeded');
