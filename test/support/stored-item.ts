// What the local store's table holds for a user, read straight from dynalite (not through the skill's adapter),
// for tests that check what is kept and what "forget me" leaves.
import { recordKey } from '../../lambda/store/dynamo-adapter';
import { LOCAL_TABLE, localClientConfig } from '../../local/store';

export async function storedItem(endpoint: string, userId: string): Promise<Record<string, unknown> | undefined> {
  const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
  const { DynamoDBDocumentClient, GetCommand } = await import('@aws-sdk/lib-dynamodb');
  const client = DynamoDBDocumentClient.from(new DynamoDBClient(localClientConfig(endpoint)));
  try {
    return (await client.send(new GetCommand({ TableName: LOCAL_TABLE, Key: { id: recordKey(userId) } }))).Item;
  } finally {
    client.destroy();
  }
}
