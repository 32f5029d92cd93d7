import { offerEmailIdentityCases } from './offer-email-identity-cases';

/** The same tests against the seeded offers made again through the staff console. */
offerEmailIdentityCases('console');
