import { createConnection } from 'mysql2/promise';
import { freshDatabaseUrl } from '@governance/testkit/database';

/** One database and one user per agency: the commerce bureau cannot read public security's tables. */
describe('agency isolation in MariaDB', () => {
  it("refuses the commerce bureau's user on the public-security database, and lets it use its own", async () => {
    const security = new URL(await freshDatabaseUrl('public-security', ''));
    const commerce = new URL(await freshDatabaseUrl('commerce-bureau', ''));
    const asOwner = await createConnection(security.toString());
    await asOwner.query('CREATE TABLE talk_event (id INT PRIMARY KEY)');
    await asOwner.end();

    const asCommerce = await createConnection({
      host: commerce.hostname,
      port: Number(commerce.port),
      user: decodeURIComponent(commerce.username),
      password: decodeURIComponent(commerce.password),
      database: commerce.pathname.slice(1),
    });
    try {
      await expect(asCommerce.query(`SELECT * FROM \`${security.pathname.slice(1)}\`.talk_event`)).rejects.toMatchObject({ code: 'ER_TABLEACCESS_DENIED_ERROR' });
      await expect(asCommerce.query(`USE \`${security.pathname.slice(1)}\``)).rejects.toMatchObject({ code: 'ER_DBACCESS_DENIED_ERROR' });
      await expect(asCommerce.query('CREATE DATABASE public_security_stolen')).rejects.toMatchObject({ code: 'ER_DBACCESS_DENIED_ERROR' });
      const [rows] = await asCommerce.query('SELECT DATABASE() AS db');
      expect((rows as Array<{ db: string }>)[0].db).toBe(commerce.pathname.slice(1));
    } finally {
      await asCommerce.end();
    }
  });
});
