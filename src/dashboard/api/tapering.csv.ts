import { columns, csvShape } from '../../http/csv/csv-shape.js';
import type { TaperingDashboard } from '../domain/tapering.js';

type Year = TaperingDashboard['years'][number];
type Row = Year & { dashboard: TaperingDashboard };

/**
 * GET /api/dashboard/tapering as CSV: one row per programme year for the scope asked (the whole
 * programme, or `?borough=`), every nested figure in its own column; empty where the JSON has null.
 */
export const TAPERING_CSV = csvShape<TaperingDashboard, Row>({
  file: 'tapering',
  rows: (d) => d.years.map((y) => ({ ...y, dashboard: d })),
  columns: columns<Row>(
    ['scope', (r) => r.dashboard.scope],
    ['today', (r) => r.dashboard.today],
    ['plan_revision', (r) => r.dashboard.planRevision],
    ['apportionment_basis_on', (r) => r.dashboard.apportionment?.basisOn],
    ['apportionment_borough_wte_hundredths', (r) => r.dashboard.apportionment?.boroughWteHundredths],
    ['apportionment_total_wte_hundredths', (r) => r.dashboard.apportionment?.totalWteHundredths],
    ['year', (r) => r.year],
    ['starts_on', (r) => r.startsOn],
    ['ends_on', (r) => r.endsOn],
    ['status', (r) => r.status],
    ['planned_separate_clinical_wte_hundredths', (r) => r.planned?.separateClinicalWteHundredths],
    ['planned_integrated_wte_hundredths', (r) => r.planned?.integratedWteHundredths],
    ['planned_clinical_team_funding_pence', (r) => r.planned?.clinicalTeamFundingPence],
    ['actual_measured_on', (r) => r.actual?.measuredOn],
    ['actual_separate_clinical_wte_hundredths', (r) => r.actual?.separateClinicalWteHundredths],
    ['actual_integrated_wte_hundredths', (r) => r.actual?.integratedWteHundredths],
    ['actual_dual_qualified_headcount', (r) => r.actual?.dualQualified.headcount],
    ['actual_dual_qualified_wte_hundredths', (r) => r.actual?.dualQualified.wteHundredths],
    ['actual_coverable_wte_hundredths', (r) => r.actual?.coverableWteHundredths],
    ['actual_clinical_team_cost_pence', (r) => r.actual?.clinicalTeamCostPence],
    ['actual_clinical_team_cost_dfe_pence', (r) => r.actual?.clinicalTeamCostByFunderPence.dfe],
    ['actual_clinical_team_cost_council_pence', (r) => r.actual?.clinicalTeamCostByFunderPence.council],
    ['forecast_current_headcount', (r) => r.forecast?.currentHeadcount],
    ['forecast_in_training_finishing_by_year_end', (r) => r.forecast?.inTrainingFinishingByYearEnd],
    ['forecast_completed', (r) => r.forecast?.completionRate.completed],
    ['forecast_ended', (r) => r.forecast?.completionRate.ended],
    ['forecast_completion_rate', (r) => r.forecast?.completionRate.rate],
    ['forecast_expected_headcount', (r) => r.forecast?.expectedHeadcount],
    ['gap_wte_hundredths', (r) => r.gap?.wteHundredths],
  ),
});
