import { MAINTENANCE_TRANSITIONS, MaintenanceStatus, canMoveMaintenance } from './maintenance-status';

describe('maintenance request state machine', () => {
  it('starts, completes or cancels an open request, and nothing else', () => {
    expect(canMoveMaintenance(MaintenanceStatus.OPEN, MaintenanceStatus.IN_PROGRESS)).toBe(true);
    expect(canMoveMaintenance(MaintenanceStatus.OPEN, MaintenanceStatus.CANCELLED)).toBe(true);
    expect(canMoveMaintenance(MaintenanceStatus.OPEN, MaintenanceStatus.DONE)).toBe(false);
    expect(canMoveMaintenance(MaintenanceStatus.IN_PROGRESS, MaintenanceStatus.DONE)).toBe(true);
    expect(canMoveMaintenance(MaintenanceStatus.IN_PROGRESS, MaintenanceStatus.CANCELLED)).toBe(true);
    expect(canMoveMaintenance(MaintenanceStatus.IN_PROGRESS, MaintenanceStatus.OPEN)).toBe(false);
  });

  it('has final states with no way out', () => {
    for (const s of [MaintenanceStatus.DONE, MaintenanceStatus.CANCELLED]) {
      expect(MAINTENANCE_TRANSITIONS[s]).toEqual([]);
      for (const to of Object.values(MaintenanceStatus)) expect(canMoveMaintenance(s, to)).toBe(false);
    }
  });
});
