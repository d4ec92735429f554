import type { EntityManager } from '@mikro-orm/postgresql';
import { CodedCatalog, escapeLike } from '@prometric/core';
import { Department } from './department.entity';

/** Departments: codes are unique in the workspace. */
export class DepartmentService extends CodedCatalog<Department, 'department'> {
  constructor() {
    super(Department, 'Department', 'createDepartment', 'department_code_unique', 'department');
  }

  /**
   * The department named `label` (by code, else case-insensitively by name), created when there is
   * none: its code is derived from the name, with a numeric suffix when that code is taken.
   */
  async findOrCreate(em: EntityManager, label: string): Promise<Department> {
    const text = label.trim();
    const found = (await em.findOne(Department, { code: text })) ?? (await em.findOne(Department, { name: { $ilike: escapeLike(text) } }));
    if (found) return found;
    const base = (text.toUpperCase().replace(/[^A-Z0-9._\-/]+/g, '-').replace(/^[^A-Z0-9]+/, '').slice(0, 28) || 'DEPT').replace(/-+$/, '') || 'DEPT';
    let code = base;
    for (let n = 2; await em.count(Department, { code }, { filters: { softDelete: false } }); n++) code = `${base}-${n}`;
    const department = em.create(Department, { code, name: text.slice(0, 255) });
    await em.flush();
    return department;
  }
}
