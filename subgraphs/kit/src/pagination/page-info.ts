import { Directive, Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a page of a list ends, and whether more follows.' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page; null when the page is empty.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'True when more nodes follow this page.' })
  hasNextPage!: boolean;
}
