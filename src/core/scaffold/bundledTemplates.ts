// The built-in templates bundled as text by esbuild, for the command line (whose npm
// package ships its bundles alone), the generator and the tests. The editor reads the same
// files from the extension's folder instead (`builtInTemplatePath`), so that its bundles
// stay small.
import budgetConstraints from '../../../templates/budget-constraints.md';
import contractTermination from '../../../templates/contract-termination.md';
import invoiceDispute from '../../../templates/invoice-dispute.md';
import miscommunication from '../../../templates/miscommunication.md';
import missedDeadline from '../../../templates/missed-deadline.md';
import other from '../../../templates/other.md';
import priceIncrease from '../../../templates/price-increase.md';
import qualityComplaint from '../../../templates/quality-complaint.md';
import scopeChange from '../../../templates/scope-change.md';
import unrealisticExpectations from '../../../templates/unrealistic-expectations.md';
import deBudgetConstraints from '../../../templates/de/budget-constraints.md';
import deContractTermination from '../../../templates/de/contract-termination.md';
import deInvoiceDispute from '../../../templates/de/invoice-dispute.md';
import deMiscommunication from '../../../templates/de/miscommunication.md';
import deMissedDeadline from '../../../templates/de/missed-deadline.md';
import deOther from '../../../templates/de/other.md';
import dePriceIncrease from '../../../templates/de/price-increase.md';
import deQualityComplaint from '../../../templates/de/quality-complaint.md';
import deScopeChange from '../../../templates/de/scope-change.md';
import deUnrealisticExpectations from '../../../templates/de/unrealistic-expectations.md';
import frBudgetConstraints from '../../../templates/fr/budget-constraints.md';
import frContractTermination from '../../../templates/fr/contract-termination.md';
import frInvoiceDispute from '../../../templates/fr/invoice-dispute.md';
import frMiscommunication from '../../../templates/fr/miscommunication.md';
import frMissedDeadline from '../../../templates/fr/missed-deadline.md';
import frOther from '../../../templates/fr/other.md';
import frPriceIncrease from '../../../templates/fr/price-increase.md';
import frQualityComplaint from '../../../templates/fr/quality-complaint.md';
import frScopeChange from '../../../templates/fr/scope-change.md';
import frUnrealisticExpectations from '../../../templates/fr/unrealistic-expectations.md';
import { builtInTemplates, type BuiltInTexts, type NoteTemplate, type TemplateLanguage } from './templates';

/** Each language's built-in templates: the text of each scenario's. */
export const BUNDLED_TEMPLATE_TEXTS: Readonly<Record<TemplateLanguage, BuiltInTexts>> = {
  en: {
    'scope-change': scopeChange,
    'missed-deadline': missedDeadline,
    'price-increase': priceIncrease,
    'budget-constraints': budgetConstraints,
    'unrealistic-expectations': unrealisticExpectations,
    'quality-complaint': qualityComplaint,
    'invoice-dispute': invoiceDispute,
    miscommunication,
    'contract-termination': contractTermination,
    other,
  },
  de: {
    'scope-change': deScopeChange,
    'missed-deadline': deMissedDeadline,
    'price-increase': dePriceIncrease,
    'budget-constraints': deBudgetConstraints,
    'unrealistic-expectations': deUnrealisticExpectations,
    'quality-complaint': deQualityComplaint,
    'invoice-dispute': deInvoiceDispute,
    miscommunication: deMiscommunication,
    'contract-termination': deContractTermination,
    other: deOther,
  },
  fr: {
    'scope-change': frScopeChange,
    'missed-deadline': frMissedDeadline,
    'price-increase': frPriceIncrease,
    'budget-constraints': frBudgetConstraints,
    'unrealistic-expectations': frUnrealisticExpectations,
    'quality-complaint': frQualityComplaint,
    'invoice-dispute': frInvoiceDispute,
    miscommunication: frMiscommunication,
    'contract-termination': frContractTermination,
    other: frOther,
  },
};

/** The English built-in templates, in scenario order. */
export const BUILT_IN_TEMPLATES: readonly NoteTemplate[] = builtInTemplates(BUNDLED_TEMPLATE_TEXTS.en);
