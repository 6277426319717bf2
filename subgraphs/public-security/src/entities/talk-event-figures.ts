import { Column } from 'typeorm';

/** The figures of talk events summed (how many, officers deployed, people helped): the columns every summary the triggers keep has. */
export abstract class TalkEventFigures {
  @Column({ type: 'integer' })
  events!: number;

  @Column({ name: 'officers_deployed', type: 'integer' })
  officersDeployed!: number;

  @Column({ name: 'people_helped', type: 'integer' })
  peopleHelped!: number;
}
