package org.proserv.releases.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;

/**
 * Products, branches and versions: administrators manage them, anyone reads them with each version's status as of now.
 */
@Stateless
public class Catalog {

    @PersistenceContext(unitName = "releases")
    EntityManager em;

    @Inject
    ReleasePolicy policy;

    @Inject
    Clock clock;

    public Product createProduct(Actor actor, String name) {
        requireAdmin(actor);
        if (byName(name).isPresent()) {
            throw ProservException.conflict("A product named " + name + " exists already")
                    .with("field", "name");
        }
        var product = new Product(name, clock.instant());
        em.persist(product);
        return product;
    }

    public List<Product> products() {
        return em.createQuery("select p from Product p order by p.name", Product.class)
                .getResultList();
    }

    public Product product(long id) {
        var product = em.find(Product.class, id);
        if (product == null) {
            throw ProservException.notFound("Product", id);
        }
        return product;
    }

    /** The product a request names in one of its fields; 400 naming the field when there is none. */
    public Product requireProduct(String field, long id) {
        var product = em.find(Product.class, id);
        if (product == null) {
            throw ProservException.invalid(field, "no product " + id);
        }
        return product;
    }

    public Optional<Product> byName(String name) {
        return em.createQuery("select p from Product p where p.name = :name", Product.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    public Branch addBranch(Actor actor, long productId, String name) {
        requireAdmin(actor);
        var branch = product(productId).addBranch(name, clock.instant());
        em.persist(branch);
        return branch;
    }

    public VersionStatuses.State addVersion(
            Actor actor, long productId, String branch, String name, Instant releasedAt) {
        requireAdmin(actor);
        var product = product(productId);
        var now = clock.instant();
        var version = product.addVersion(branch, name, releasedAt, now);
        em.persist(version);
        return product.statuses(now, policy).of(version);
    }

    /** Every version of the product with its status now, newest first. */
    public VersionStatuses statuses(long productId) {
        return statuses(product(productId));
    }

    public VersionStatuses statuses(Product product) {
        return product.statuses(clock.instant(), policy);
    }

    /**
     * The status now of a version named as the support context names it (product and version names, as on a licence or
     * ticket); empty when this catalogue does not know it.
     */
    public Optional<VersionStatuses.State> statusOf(String productName, String versionName) {
        return byName(productName).flatMap(p -> statuses(p).of(versionName));
    }

    /**
     * The version a request of another context names (product and version names, as on a licence or ticket); 400 naming
     * {@code productField} when the catalogue knows no such product, or {@code versionField} when the product has no
     * such version, with the versions it has, newest first, at most {@link KnownVersions#SHOWN} of them
     * ({@code versions}, comma-separated).
     */
    public VersionStatuses.State requireKnownVersion(
            String productField, String productName, String versionField, String versionName) {
        var product = requireKnownProduct(productField, productName);
        var statuses = statuses(product);
        return statuses.of(versionName)
                .orElseThrow(() -> KnownVersions.unknown(
                        versionField,
                        product,
                        versionName,
                        statuses.newestFirst().stream()
                                .map(VersionStatuses.State::name)
                                .toList()));
    }

    /** The product a request of another context names by name; 400 naming the field when there is none. */
    public Product requireKnownProduct(String field, String productName) {
        return byName(productName)
                .orElseThrow(() -> ProservException.invalid(
                        field,
                        "the releases catalogue has no "
                                + "product " + productName + " (products: "
                                + products().stream()
                                        .map(Product::name)
                                        .limit(KnownVersions.SHOWN)
                                        .collect(Collectors.joining(", "))
                                + ")"));
    }

    public ReleasePolicy policy() {
        return policy;
    }

    private static void requireAdmin(Actor actor) {
        if (actor.role() != Role.admin) {
            throw ProservException.forbidden("Only administrators may manage products, branches and versions");
        }
    }
}
