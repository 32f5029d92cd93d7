import { offerCases } from './offers-cases';

offerCases('seeded');
