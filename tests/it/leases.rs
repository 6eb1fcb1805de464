//! One instance at a time does the housekeeping: the lease in the database goes to one owner,
//! is renewed by it, and passes to another only once it has run out or was released.

use loathon::store::leases;

use crate::helpers::{backends, spawn_app};

#[tokio::test]
async fn the_housekeeping_lease_has_one_holder_until_it_runs_out() {
    for db in backends().await {
        let t = spawn_app(&db).await;
        let mut conn = t.app.db.pool.acquire().await.unwrap();
        let now = 1_000_000;
        assert!(
            leases::try_acquire(&mut conn, "hk", "a", now, 30_000)
                .await
                .unwrap()
        );
        assert!(
            !leases::try_acquire(&mut conn, "hk", "b", now + 1, 30_000)
                .await
                .unwrap()
        );
        // The holder renews it; the other still waits.
        assert!(
            leases::try_acquire(&mut conn, "hk", "a", now + 20_000, 30_000)
                .await
                .unwrap()
        );
        assert!(
            !leases::try_acquire(&mut conn, "hk", "b", now + 40_000, 30_000)
                .await
                .unwrap()
        );
        // Run out (the holder died): the other takes it, and the first has lost it.
        assert!(
            leases::try_acquire(&mut conn, "hk", "b", now + 50_001, 30_000)
                .await
                .unwrap()
        );
        assert!(
            !leases::try_acquire(&mut conn, "hk", "a", now + 50_002, 30_000)
                .await
                .unwrap()
        );
        // Released on shutdown: taken at once.
        leases::release(&mut conn, "hk", "b").await.unwrap();
        assert!(
            leases::try_acquire(&mut conn, "hk", "a", now + 50_003, 30_000)
                .await
                .unwrap()
        );
        drop(conn);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn two_instances_racing_for_the_lease_never_both_hold_it() {
    for db in backends().await {
        let t = spawn_app(&db).await;
        for round in 0..10i64 {
            let now = 10_000_000 + round * 100_000;
            let (a, b) = {
                let pool = t.app.db.pool.clone();
                let pool2 = pool.clone();
                tokio::join!(
                    async move {
                        let mut c = pool.acquire().await.unwrap();
                        leases::try_acquire(&mut c, "race", "a", now, 30_000)
                            .await
                            .unwrap()
                    },
                    async move {
                        let mut c = pool2.acquire().await.unwrap();
                        leases::try_acquire(&mut c, "race", "b", now, 30_000)
                            .await
                            .unwrap()
                    },
                )
            };
            assert!(a ^ b, "round {round} on {}: a={a} b={b}", db.label);
        }
        db.cleanup().await;
    }
}
