import { offerCases } from './offers-cases';

/** The shop's offer tests against the seeded offers made again through the staff console. */
offerCases('console');
